import type { APIRoute } from 'astro';
import { methodNotAllowed } from '../../../../server/api-response';
import { postCaseLookup } from '../../../../server/report-api';
import { clientAddress } from '../../../../server/client-address';

export const prerender = false;

export const POST: APIRoute = (context) => postCaseLookup({ request: context.request, clientAddress: clientAddress(context) });
export const ALL = methodNotAllowed;
