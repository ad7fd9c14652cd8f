/**
 * What keeps a few clients from holding the server (docs/privacy.md): a request's
 * headers must arrive within 15 s and the whole request within 60 s (an API request within
 * 20 s); one address may hold at most 256 open connections, and the server 8,192 in all, so
 * file descriptors never run out. Imported by plain Node (type stripping).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 60_000;
/** A report or a case message is a few kilobytes: twenty seconds is plenty on the slowest line. */
export const API_REQUEST_TIMEOUT_MS = 20_000;
export const MAX_CONNECTIONS_PER_ADDRESS = 256;
export const MAX_CONNECTIONS = 8192;

/**
 * Options for `createServer`: Node checks the two timeouts only every
 * `connectionsCheckingInterval` (30 s by default), which would let a slow client hold a
 * connection for 45 s instead of 15.
 */
export const SERVER_OPTIONS = {
  headersTimeout: HEADERS_TIMEOUT_MS,
  requestTimeout: REQUEST_TIMEOUT_MS,
  connectionsCheckingInterval: 1000,
};

/**
 * Sets the timeouts and the connection caps on `server`. `perAddress` is off behind a trusted
 * proxy, whose connections all come from one address: there the proxy limits each client.
 */
export function limitConnections(server: Server, { perAddress = true }: { perAddress?: boolean } = {}): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.maxConnections = MAX_CONNECTIONS;
  if (!perAddress) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= MAX_CONNECTIONS_PER_ADDRESS) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/**
 * Answers 408 and closes the connection when an API request's body has not arrived in time;
 * the general request timeout is longer because a page's form may come over a slow phone line.
 */
export function limitApiRequest(request: IncomingMessage, response: ServerResponse): void {
  if (request.method === 'GET' || request.method === 'HEAD' || request.complete) return;
  const timer = setTimeout(() => {
    if (request.complete) return;
    if (!response.headersSent) {
      response.writeHead(408, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
      response.end(JSON.stringify({ error: { code: 'request-timeout', message: 'The request took too long to arrive' } }));
    }
    request.socket.destroy();
  }, API_REQUEST_TIMEOUT_MS);
  timer.unref();
  const clear = () => clearTimeout(timer);
  request.once('end', clear);
  request.once('close', clear);
  response.once('close', clear);
}
