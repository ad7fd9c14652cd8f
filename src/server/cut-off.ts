/**
 * One line in the log when a client goes away before its request's body has arrived, and no more
 * of it: no address, URL or byte of the body (promise 1 of docs/design.md). Said here, where the
 * connection closes, rather than where a route reads the body: a route not yet loaded, or
 * waiting for the store, may get to the body seconds later, or answer without reading it.
 * Imported by plain Node (type stripping).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CUT_OFF_LINE = 'A request was cut off before its body arrived; nothing of it was kept.';

function hasBody(request: IncomingMessage): boolean {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
}

/** Logs `request` once if it closes with its body half sent and no answer given. */
export function logCutOff(request: IncomingMessage, response: ServerResponse, log: (line: string) => void = console.error): void {
  if (!hasBody(request)) return;
  request.once('close', () => {
    // An answer already sent (a refusal that left the body unread) is no upload cut off.
    if (!request.complete && !response.writableEnded) log(CUT_OFF_LINE);
  });
}
