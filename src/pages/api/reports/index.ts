import type { APIRoute } from 'astro';
import { methodNotAllowed } from '../../../server/api-response';
import { getRegions } from '../../../site/catalog';
import { postReport } from '../../../server/report-api';
import { clientAddress } from '../../../server/client-address';

export const prerender = false;

export const POST: APIRoute = async (context) =>
  postReport({ request: context.request, clientAddress: clientAddress(context) }, (await getRegions()).map((region) => region.id));
export const ALL = methodNotAllowed;
