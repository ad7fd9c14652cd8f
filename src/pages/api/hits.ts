import type { APIRoute } from 'astro';
import { methodNotAllowed } from '../../server/api-response';
import { clientAddress } from '../../server/client-address';
import { postHit } from '../../server/reach/hits';

export const prerender = false;

export const POST: APIRoute = (context) => postHit({ request: context.request, clientAddress: clientAddress(context) });
export const ALL = methodNotAllowed;
