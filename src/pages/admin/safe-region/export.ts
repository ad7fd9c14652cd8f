/** `GET /admin/safe-region/export`: the register as the page filters it, as CSV; written to the audit log. */
import type { APIRoute } from 'astro';
import { CAN } from '../../../lib/roles';
import { registerCsv, registerFilter } from '../../../server/admin/safe-region';
import { requireUser } from '../../../server/admin/guard';
import { getServices } from '../../../server/services';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const gate = await requireUser(context, CAN.register);
  if (!gate.ok) return gate.response;
  const now = new Date();
  const { office } = await getServices();
  const places = await office.places.register(registerFilter(gate.user, context.url.searchParams));
  await office.audit.record({ at: now, actor: gate.user.name, action: 'export', target: 'safe-region.csv', detail: `${places.length} places` });
  return new Response(registerCsv(places, now), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="zanbala-safe-region-${now.toISOString().slice(0, 10)}.csv"`,
    },
  });
};
