/**
 * The client's address and whether the public origin is https, as the server in
 * scripts/start.mjs worked them out (src/server/forwarded.ts): it alone knows whether a reverse
 * proxy's X-Forwarded-* headers may be believed, and it overwrites these headers on every request.
 */
export const CLIENT_ADDRESS_HEADER = 'x-zanbala-client-address';
export const PUBLIC_HTTPS_HEADER = 'x-zanbala-public-https';

/** The client's address, only ever used to key the rate limits (hashed there, never stored). */
export function clientAddress(context: { clientAddress: string; request: Request }): string | undefined {
  const fromServer = context.request.headers.get(CLIENT_ADDRESS_HEADER);
  if (fromServer) return fromServer;
  try {
    return context.clientAddress;
  } catch {
    return undefined; // Astro throws when the adapter cannot tell
  }
}

/** Whether the visitor reached us over https (so cookies must be Secure). */
export const isPublicHttps = (request: Request) => request.headers.get(PUBLIC_HTTPS_HEADER) === '1';
