/** `GET /admin/reach/export`: the page views as CSV, for analysts and admins; written to the audit log. */
import type { APIRoute } from 'astro';
import { CAN } from '../../../lib/roles';
import { reachCsv } from '../../../server/admin/reach';
import { requireUser } from '../../../server/admin/guard';
import { getServices } from '../../../server/services';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const gate = await requireUser(context, CAN.reach);
  if (!gate.ok) return gate.response;
  const now = new Date();
  const { office } = await getServices();
  const csv = await reachCsv(office, now);
  await office.audit.record({ at: now, actor: gate.user.name, action: 'export', target: 'reach.csv', detail: undefined });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="zanbala-page-views-${now.toISOString().slice(0, 10)}.csv"`,
    },
  });
};
