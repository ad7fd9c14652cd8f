/**
 * Real database faults under the real server: PostgreSQL stopped and started under load, SQLite
 * on a disk that fills up. The server answers 503 with Retry-After while the database is away,
 * never exits, recovers by itself, and every code it acknowledged opens its case afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVATE_POSTGRES_SKIP_REASON, startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { aReport, aReportForm, SHARED_CASE_CODE_SECRET, startServer, type RunningServer } from './server';

interface Load {
  acknowledged: { caseCode: string; message: string }[];
  statuses: Map<number, number>;
  /** Every 503 carried Retry-After and the JSON error `unavailable`. */
  badUnavailable: string[];
  stop(): Promise<void>;
}

/** Clients that keep sending reports until stopped, keeping each acknowledged code. */
function loadOn(server: RunningServer, clients = 6): Load {
  const load: Load = { acknowledged: [], statuses: new Map(), badUnavailable: [], stop: async () => {} };
  let running = true;
  let sent = 0;
  const client = async () => {
    while (running) {
      const report = aReport({ message: `Хабарлама ${sent++}: мені мектепте ренжітеді, көмектесіңдер` });
      const started = Date.now();
      const response = await server.post('/api/reports', report, { connection: 'close' }).catch((error: Error) => error);
      const elapsed = Date.now() - started;
      if (response instanceof Error) {
        // The server must answer every request, whatever the database does.
        load.badUnavailable.push(`no answer after ${elapsed} ms: ${response.message}`);
        continue;
      }
      load.statuses.set(response.status, (load.statuses.get(response.status) ?? 0) + 1);
      const body = (await response.json()) as { caseCode?: string; error?: { code: string } };
      if (response.status === 201) load.acknowledged.push({ caseCode: body.caseCode!, message: report.message });
      else if (response.status === 503) {
        if (!response.headers.get('retry-after') || body.error?.code !== 'unavailable') load.badUnavailable.push(JSON.stringify(body));
        // A child who is told to wait does not hammer; this also keeps the log small.
        await new Promise((resolve) => setTimeout(resolve, 50));
      } else load.badUnavailable.push(`${response.status} after ${elapsed} ms: ${JSON.stringify(body)}`);
    }
  };
  const all = Array.from({ length: clients }, client);
  load.stop = async () => {
    running = false;
    await Promise.all(all);
  };
  return load;
}

const waitFor = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** What a child meets on each page while the database is away. */
async function expectPagesUnavailable(server: RunningServer) {
  const typed = 'Мені сыныпта күнде мазақ етеді, мұғалімге айтуға қорқамын. Не істеуім керек?';
  const help = await server.postForm('/kk/help/', aReportForm({ message: typed }));
  expect(help.status).toBe(503);
  expect(help.headers.get('retry-after')).toMatch(/^\d+$/);
  const helpPage = await help.text();
  expect(helpPage).toContain(typed);
  expect(helpPage).toContain('112');
  expect(helpPage).toContain('111');

  const reply = 'Рахмет, бірақ мені әлі де ренжітеді';
  const casePage = await server.postForm('/ru/help/case/', { intent: 'reply', caseCode: '1234 5678 9012 3456', text: reply });
  expect(casePage.status).toBe(503);
  expect(casePage.headers.get('retry-after')).toMatch(/^\d+$/);
  const caseHtml = await casePage.text();
  expect(caseHtml).toContain(reply);
  expect(caseHtml).toContain('1234 5678 9012 3456');
  expect(caseHtml).toContain('112');

  const lookup = await server.post('/api/reports/case', { caseCode: '1234 5678 9012 3456' });
  expect(lookup.status).toBe(503);
  expect(((await lookup.json()) as { error: { code: string } }).error.code).toBe('unavailable');

  const transparency = await fetch(`${server.origin}/ru/transparency/`);
  expect(transparency.status).toBe(503);
  expect(await transparency.text()).toContain('111');

  const login = await server.postForm('/admin/login/', { username: 'moderator-astana', password: 'секрет' });
  expect(login.status).toBe(503);
  expect(await login.text()).toContain('moderator-astana');
  // Every inbox page answers in the inbox's layout, in the language of the last sign-in.
  for (const path of ['/admin/', '/admin/statistics/', '/admin/users/', '/admin/audit/', '/admin/profile/', '/admin/cases/any/']) {
    const page = await fetch(`${server.origin}${path}`, { headers: { cookie: 'zanbala_admin=whatever; zanbala_admin_lang=kk' }, redirect: 'manual' });
    expect(page.status, path).toBe(503);
    expect(page.headers.get('retry-after'), path).toMatch(/^\d+$/);
    const html = await page.text();
    expect(html, path).toContain('class="admin"');
    expect(html, path).toContain('lang="kk-KZ"');
    expect(html, path).toContain('data-inbox-unavailable');
  }
}

describe.skipIf(PRIVATE_POSTGRES_SKIP_REASON)(
  `PostgreSQL stopped and started under load${PRIVATE_POSTGRES_SKIP_REASON ? ` (skipped: ${PRIVATE_POSTGRES_SKIP_REASON})` : ''}`,
  () => {
    let postgres: PrivatePostgres;
    let server: RunningServer;
    beforeAll(async () => {
      postgres = await startPrivatePostgres();
      server = await startServer({ env: { DATABASE_URL: postgres.url, CASE_CODE_SECRET: SHARED_CASE_CODE_SECRET, RATE_LIMIT: 'off' } });
    });
    afterAll(async () => {
      await server?.stop();
      postgres?.destroy();
    });

    it('answers 503 with Retry-After while it is down, never exits, recovers by itself, and loses no acknowledged report', async () => {
      const load = loadOn(server);
      let beforeDown: number;
      try {
        await waitFor('reports before the stop', () => load.acknowledged.length >= 20);
        postgres.stop();
        beforeDown = load.acknowledged.length;
        await waitFor('503 under load', () => (load.statuses.get(503) ?? 0) >= 10);
        await expectPagesUnavailable(server);
        expect(server.alive()).toBe(true);

        postgres.start();
        const downAcknowledged = load.acknowledged.length;
        await waitFor('reports again after the start', () => load.acknowledged.length >= downAcknowledged + 20, 60_000);
      } finally {
        await load.stop();
      }

      expect(server.alive()).toBe(true);
      expect(load.badUnavailable).toEqual([]);
      expect(load.acknowledged.length).toBeGreaterThan(beforeDown);
      for (const { caseCode, message } of load.acknowledged) {
        const response = await server.post('/api/reports/case', { caseCode });
        expect(response.status, caseCode).toBe(200);
        expect(((await response.json()) as { messages: { text: string }[] }).messages[0]!.text).toBe(message);
      }
      const log = server.output();
      expect(log).toMatch(/The database is unavailable: .+/);
      expect(log).toContain('The database is available again.');
      expect(log).not.toContain('Unhandled');
      expect(log).not.toContain('ренжітеді');
      expect(log).not.toContain('moderator-astana');
      // Said when it went away and again only if the reason changed, not once a request.
      expect(log.match(/The database is unavailable/g)!.length).toBeLessThan(10);
    });
  },
);

/** Whether this process may mount a tmpfs (root on Linux, as CI runs). */
function canMount(): string | undefined {
  if (process.platform !== 'linux' || userInfo().uid !== 0) return 'mounting a small tmpfs needs root on Linux (CI runs as root)';
  return undefined;
}
const MOUNT_SKIP_REASON = canMount();

describe.skipIf(MOUNT_SKIP_REASON)(`SQLite on a full disk${MOUNT_SKIP_REASON ? ` (skipped: ${MOUNT_SKIP_REASON})` : ''}`, () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zanbala-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', dir]);
    server = await startServer({ dataDir: dir, env: { RATE_LIMIT: 'off' } });
  });
  afterAll(async () => {
    await server?.stop();
    try {
      execFileSync('umount', [dir]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers reports with 503 and Retry-After while the disk is full, nothing hangs, and works again once there is room', async () => {
    const before = await server.post('/api/reports', aReport());
    expect(before.status).toBe(201);
    const acknowledged = [((await before.json()) as { caseCode: string }).caseCode];

    // Fill every byte left: the WAL reuses room it already has, so some reports may still fit.
    const filler = join(dir, 'filler');
    const chunk = Buffer.alloc(64 * 1024, 1);
    let written = 0;
    try {
      for (;;) {
        writeFileSync(filler, chunk, { flag: 'a' });
        written += chunk.length;
      }
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    expect(written).toBeGreaterThan(0);

    let unavailable = 0;
    for (let i = 0; i < 400 && unavailable < 5; i++) {
      const report = aReport({ message: `Хабарлама ${i}: ${'мені мектепте ренжітеді, '.repeat(60)}` });
      const started = Date.now();
      const response = await server.post('/api/reports', report);
      expect(Date.now() - started, 'an answer within seconds').toBeLessThan(15_000);
      if (response.status === 201) acknowledged.push(((await response.json()) as { caseCode: string }).caseCode);
      else {
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unavailable');
        unavailable++;
      }
    }
    expect(unavailable).toBe(5);
    const form = await server.postForm('/ru/help/', aReportForm({ lang: 'ru', message: 'В классе меня дразнят каждый день, что делать?', followUp: 'yes' }));
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('В классе меня дразнят каждый день, что делать?');
    expect(server.alive()).toBe(true);
    expect(server.output()).toMatch(/The database is unavailable: .*full/);

    unlinkSync(filler);
    const after = await server.post('/api/reports', aReport());
    expect(after.status).toBe(201);
    acknowledged.push(((await after.json()) as { caseCode: string }).caseCode);
    for (const caseCode of acknowledged) expect((await server.post('/api/reports/case', { caseCode })).status, caseCode).toBe(200);
    expect(server.output()).toContain('The database is available again.');
  });
});
