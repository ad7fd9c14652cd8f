/** The link of the address-confirmation e-mail (src/server/admin/email-confirmation.ts). */
import type { APIRoute } from 'astro';
import { confirmEmailLink } from '../../../../server/admin/profile-page';

export const prerender = false;

export const GET: APIRoute = (context) => confirmEmailLink(context);
