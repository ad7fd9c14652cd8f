/**
 * What a few clients cannot take from everyone else (docs/privacy.md), against the real
 * server on loopback: the overall ceilings, the login guard, the connection cap and the timeouts.
 * Many clients are played with X-Forwarded-For behind TRUST_PROXY=1, or with source addresses
 * 127.0.0.x; every loop is bounded.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOSE_IDLE_FROM,
  HEADERS_TIMEOUT_MS,
  MAX_CONNECTIONS,
  MAX_CONNECTIONS_PER_ADDRESS,
  MAX_CONNECTIONS_PER_NETWORK,
  RESERVED_CONNECTIONS,
} from '../../src/server/connection-limits';
import { LIMITS } from '../../src/server/rate-limit';
import { createOfficeStores, openDb } from '../../src/server/store';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { addUser, PASSWORD } from '../support/office';
import { databaseFor, startServer, type RunningServer } from './server';
import { inParallel } from '../support/parallel';

const { perClient } = LIMITS.caseLookups;
const from = (address: string) => ({ 'x-forwarded-for': address });
const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** What the server answers to a HEAD request on `socket`: its status line and headers, or '' when it closes first. */
function answer(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\r\n\r\n')) resolve(text);
    });
    socket.once('close', () => resolve(text));
    socket.once('error', () => undefined);
    if (!socket.destroyed) socket.write('HEAD /kk/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  });
}

/** A connection to `port` from `localAddress` (any of 127.0.0.0/8 works on loopback). */
const open = (port: number, localAddress: string) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });

describeEachDatabase('behind a proxy, many clients', (testDatabase) => {
  let server: RunningServer;
  let database: CreatedDatabase | undefined;
  beforeAll(async () => {
    database = await databaseFor(testDatabase);
    server = await startServer({ database, env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.cleanup();
  });

  it('cannot use up case lookups for a child who has not asked yet', { timeout: 180_000 }, async () => {
    // More addresses than the 41 that once used up the overall cap, each at its own limit.
    const addresses = 50;
    const lookup = (address: string) => async () => {
      const response = await server.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' }, from(address));
      await response.arrayBuffer();
      return response.status;
    };
    const tasks = Array.from({ length: addresses }, (_, a) => Array.from({ length: perClient.max }, () => lookup(`198.51.${a >> 8}.${a & 255}`))).flat();
    const statuses = await inParallel(tasks, 16);
    expect(statuses.every((status) => status === 404)).toBe(true);
    // Each flooder is at its own limit...
    expect(await lookup('198.51.0.0')()).toBe(429);
    // ...and a child who has not asked yet is answered.

    expect(await lookup('203.0.113.9')()).toBe(404);
  });

  it('cannot lock a moderator out: a guesser is locked out of the account, the moderator at the office still signs in', { timeout: 120_000 }, async () => {
    const location = database?.location ?? { kind: 'sqlite' as const, path: `${server.dataDir}/zanbala.db` };
    const stores = createOfficeStores(await openDb(location));
    await addUser(stores, 'aigerim', 'moderator', ['astana']);
    await stores.reports.close();

    const login = async (address: string, password: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${server.origin}/admin/login/`, {
        method: 'POST',
        headers: { ...form, ...from(address), ...headers },
        body: new URLSearchParams({ username: 'aigerim', password }).toString(),
        redirect: 'manual',
      });
      await response.arrayBuffer();
      return response;
    };
    for (let attempt = 0; attempt < 6; attempt++) expect((await login('192.0.2.66', 'wrong-password-123')).status).toBe(401);
    // Locked out from there, even with the right password...
    expect((await login('192.0.2.66', PASSWORD)).status).toBe(401);
    // ...but not from the office, which reaches the proxy over https: its cookie is Secure.
    const office = await login('192.0.2.10', PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(office.status).toBe(303);
    expect(office.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const plain = await login('192.0.2.11', PASSWORD);
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });

  it('send Strict-Transport-Security when the proxy says the visitor came over https', async () => {
    const page = await fetch(`${server.origin}/kk/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect((await fetch(`${server.origin}/kk/`)).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('without TRUST_PROXY', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it('believes no X-Forwarded-Proto: no HSTS for a plain http origin', async () => {
    const page = await fetch(`${server.origin}/kk/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it(`refuses connections from one address past ${MAX_CONNECTIONS_PER_ADDRESS}, and still serves another address`, { timeout: 120_000 }, async () => {
    const { port } = new URL(server.origin);
    const open = (localAddress: string) =>
      new Promise<Socket>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port: Number(port), localAddress }, () => resolve(socket));
        socket.once('error', reject);
      });
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS_PER_ADDRESS + 20 }, () => open('127.0.0.1')));
    try {
      // Refused ones are closed by the server at once; the others stay open.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const kept = held.filter((socket) => !socket.destroyed && !socket.readableEnded).length;
      // The test's own keep-alive connection from an earlier request may hold a place too.
      expect(kept).toBeGreaterThanOrEqual(MAX_CONNECTIONS_PER_ADDRESS - 1);
      expect(kept).toBeLessThanOrEqual(MAX_CONNECTIONS_PER_ADDRESS);
      // From 127.0.0.1 itself there is no room left: a new connection is closed unanswered...
      const refused = await open('127.0.0.1');
      expect(await answer(refused)).toBe('');
      // ...while another address is served.
      const other = await open('127.0.0.2');
      expect(await answer(other)).toMatch(/^HTTP\/1\.1 200/);
      other.destroy();
    } finally {
      for (const socket of held) socket.destroy();
    }
  });

  it(`refuses connections from one network past ${MAX_CONNECTIONS_PER_NETWORK}, and still serves another network`, { timeout: 120_000 }, async () => {
    const { port } = new URL(server.origin);
    const held = await Promise.all(
      Array.from({ length: MAX_CONNECTIONS_PER_NETWORK + 20 }, (_, i) => open(Number(port), `127.0.50.${1 + (i % 3)}`).catch(() => undefined)),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const kept = held.filter((socket) => socket && !socket.destroyed && !socket.readableEnded).length;
      expect(kept).toBe(MAX_CONNECTIONS_PER_NETWORK);
      // A fourth address of that /24 finds no room; another /24 does.
      expect(await answer(await open(Number(port), '127.0.50.4'))).toBe('');
      const other = await open(Number(port), '127.0.51.1');
      expect(await answer(other)).toMatch(/^HTTP\/1\.1 200/);
      other.destroy();
    } finally {
      for (const socket of held) socket?.destroy();
    }
  });

  it('keeps serving a fresh child while 33 networks × 250 idle connections try to fill every slot', { timeout: 180_000 }, async () => {
    const { port } = new URL(server.origin);
    const networks = 33;
    const perNetwork = 250;
    const tasks = Array.from({ length: networks * perNetwork }, (_, i) => () => open(Number(port), `127.0.${100 + (i % networks)}.1`).catch(() => undefined));
    const held = await inParallel(tasks, 200);
    try {
      // Past the reserve, the flooders' networks get no more slots: a fresh network still does.
      const fresh = await open(Number(port), '127.0.200.1');
      expect(await answer(fresh)).toMatch(/^HTTP\/1\.1 200/);
      fresh.destroy();
      const openNow = () => held.filter((socket) => socket && !socket.destroyed && !socket.readableEnded).length;
      expect(openNow()).toBeLessThanOrEqual(MAX_CONNECTIONS - RESERVED_CONNECTIONS);
      // Slots running short, the idle ones are closed within seconds instead of after 15.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await answer(await open(Number(port), '127.0.201.1'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(openNow()).toBeLessThan(MAX_CONNECTIONS * CLOSE_IDLE_FROM);
    } finally {
      for (const socket of held) socket?.destroy();
    }
  });

  it(`closes a connection whose headers have not arrived after ${HEADERS_TIMEOUT_MS / 1000} s`, { timeout: 60_000 }, async () => {
    const { port } = new URL(server.origin);
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    await new Promise((resolve) => socket.once('connect', resolve));
    const started = Date.now();
    socket.write('GET /kk/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    await new Promise((resolve) => socket.once('close', resolve));
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS / 1000 - 1);
    expect(seconds).toBeLessThan(HEADERS_TIMEOUT_MS / 1000 + 5);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
