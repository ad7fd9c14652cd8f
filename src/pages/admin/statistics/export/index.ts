/** The statistics as CSV, for admins only: a POST with the CSRF token, written to the audit log. */
import type { APIRoute } from 'astro';
import { CAN } from '../../../../lib/roles';
import { exportRows, periodStart, toCsv } from '../../../../lib/statistics';
import { csrfRefused, formFields, hasCsrfToken, requireUser } from '../../../../server/admin/guard';
import { getServices } from '../../../../server/services';

export const prerender = false;

/** A year of weeks: enough for a report to the prosecutor general, small enough to read. */
const WEEKS = 53;

export const POST: APIRoute = async (context) => {
  const gate = await requireUser(context, CAN.export);
  if (!gate.ok) return gate.response;
  if (!hasCsrfToken(gate, await formFields(context.request))) return csrfRefused();
  const now = new Date();
  const { office } = await getServices();
  const counts = await office.statistics.dayCounts(periodStart(now, WEEKS));
  await office.audit.record({ at: now, actor: gate.user.name, action: 'export', target: 'statistics.csv', detail: `${WEEKS} weeks` });
  return new Response(toCsv(exportRows(counts)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="zanbala-statistics-${now.toISOString().slice(0, 10)}.csv"`,
    },
  });
};
