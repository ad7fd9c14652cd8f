/** The client's address, only ever used to key the rate limits (hashed there, never stored). */
export function clientAddress(context: { clientAddress: string }): string | undefined {
  try {
    return context.clientAddress;
  } catch {
    return undefined; // Astro throws when the adapter cannot tell
  }
}
