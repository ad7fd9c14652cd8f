/** Closes the waiting reports of one flood at once, then goes back to the queue, which says how many. */
import type { APIRoute } from 'astro';
import { adminPaths } from '../../../lib/paths';
import { CAN } from '../../../lib/roles';
import { closeFlood } from '../../../server/admin/floods';
import { csrfRefused, formFields, hasCsrfToken, requireUser } from '../../../server/admin/guard';
import { getServices } from '../../../server/services';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const gate = await requireUser(context, CAN.queue);
  if (!gate.ok) return gate.response;
  const fields = await formFields(context.request);
  if (!hasCsrfToken(gate, fields)) return csrfRefused();
  const { office } = await getServices();
  const closed = await closeFlood(office, gate.user, fields['flood'] ?? '', new Date());
  if (closed === undefined) return new Response('No such flood in your regions.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return context.redirect(`${adminPaths.queue}?floodClosed=${closed}`, 303);
};
