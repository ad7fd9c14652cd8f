/**
 * What keeps a few clients from holding the server (docs/privacy.md): a request's
 * headers must arrive within 15 s and the whole request within 60 s (an API request within
 * 20 s); one address may hold at most 256 open connections, one network (IPv4 /24, IPv6 /64)
 * 512, and the server 8,192 in all, so file descriptors never run out. The last 1,024 of those
 * are kept for networks that hold almost none yet, so clients that filled the rest cannot refuse a
 * fresh child; and when slots run short, connections that wait idle are closed sooner.
 * Imported by plain Node (type stripping).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { networkOf } from './limits/client-network.ts';

export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 60_000;
/** A report or a case message is a few kilobytes: twenty seconds is plenty on the slowest line. */
export const API_REQUEST_TIMEOUT_MS = 20_000;
export const MAX_CONNECTIONS_PER_ADDRESS = 256;
export const MAX_CONNECTIONS_PER_NETWORK = 512;
export const MAX_CONNECTIONS = 8192;
/** Slots only a network holding fewer than FRESH_NETWORK_CONNECTIONS may take. */
export const RESERVED_CONNECTIONS = 1024;
export const FRESH_NETWORK_CONNECTIONS = 16;
/** From this share of the slots on, an idle keep-alive connection is kept 1 s instead of 5. */
export const SHORT_KEEP_ALIVE_FROM = 0.5;
/** From this share on, connections idle for IDLE_GRACE_MS (no request in progress) are closed. */
export const CLOSE_IDLE_FROM = 0.75;
export const IDLE_GRACE_MS = 2000;
const KEEP_ALIVE_MS = 5000;
const SHORT_KEEP_ALIVE_MS = 1000;
const REAP_EVERY_MS = 250;

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

/** Open connections counted per key. */
function createCounts() {
  const counts = new Map<string, number>();
  return {
    of: (key: string) => counts.get(key) ?? 0,
    add: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1),
    remove(key: string) {
      const left = (counts.get(key) ?? 1) - 1;
      if (left > 0) counts.set(key, left);
      else counts.delete(key);
    },
  };
}

/** When a connection may not open, or undefined when it may. */
function refusal(open: number, fromAddress: number, fromNetwork: number): string | undefined {
  if (fromAddress >= MAX_CONNECTIONS_PER_ADDRESS) return 'address';
  if (fromNetwork >= MAX_CONNECTIONS_PER_NETWORK) return 'network';
  if (open >= MAX_CONNECTIONS) return 'full';
  if (open >= MAX_CONNECTIONS - RESERVED_CONNECTIONS && fromNetwork >= FRESH_NETWORK_CONNECTIONS) return 'reserved';
  return undefined;
}

/**
 * Sets the timeouts and the connection caps on `server`. `perAddress` is off behind a trusted
 * proxy, whose connections all come from one address: there the proxy limits each client, and
 * only the overall cap and the closing of idle connections apply.
 */
export function limitConnections(server: Server, { perAddress = true }: { perAddress?: boolean } = {}, now: () => number = Date.now): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.maxConnections = MAX_CONNECTIONS;
  const addresses = createCounts();
  const networks = createCounts();
  /** Each open connection and since when it has waited with no request in progress (undefined: busy). */
  const idleSince = new Map<Socket, number | undefined>();
  let nextReapAt = 0;

  /** Closes the connections that wait idle, once slots run short; at most every 250 ms. */
  function reapIdle(at: number) {
    if (at < nextReapAt || idleSince.size < MAX_CONNECTIONS * CLOSE_IDLE_FROM) return;
    nextReapAt = at + REAP_EVERY_MS;
    for (const [socket, since] of idleSince) if (since !== undefined && at - since >= IDLE_GRACE_MS) socket.destroy();
  }

  server.on('connection', (socket: Socket) => {
    const at = now();
    reapIdle(at);
    const address = perAddress ? (socket.remoteAddress ?? 'unknown') : 'proxy';
    const network = perAddress ? networkOf(address) : 'proxy';
    const refused = refusal(idleSince.size, perAddress ? addresses.of(address) : 0, perAddress ? networks.of(network) : 0);
    if (refused) {
      socket.destroy();
      return;
    }
    addresses.add(address);
    networks.add(network);
    idleSince.set(socket, at);
    server.keepAliveTimeout = idleSince.size >= MAX_CONNECTIONS * SHORT_KEEP_ALIVE_FROM ? SHORT_KEEP_ALIVE_MS : KEEP_ALIVE_MS;
    socket.once('close', () => {
      idleSince.delete(socket);
      addresses.remove(address);
      networks.remove(network);
    });
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    if (!idleSince.has(socket)) return;
    idleSince.set(socket, undefined);
    response.once('close', () => {
      if (idleSince.has(socket)) idleSince.set(socket, now());
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
