/**
 * What the server leaves on disk and in its log, and how it answers nonsense: the database files
 * readable by the server alone, a SQLite file deleted under it, an upload cut off, a page number
 * no queue has; and the text rules at the API.
 */
import { spawnSync } from 'node:child_process';
import { statSync, unlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { aReport, aReportForm, databaseFor, startServer, type RunningServer } from './server';

const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop();
});

const started = async (options: Parameters<typeof startServer>[0] = {}) => {
  const server = await startServer({ ...options, env: { RATE_LIMIT: 'off', ...options.env } });
  running.push(server);
  return server;
};

const lines = (text: string, pattern: RegExp) => text.split('\n').filter((line) => pattern.test(line));

describe('the SQLite files', () => {
  it('are readable and writable by the server user alone: the database, its log and shared memory', async () => {
    const server = await started();
    expect((await server.post('/api/reports', aReport())).status).toBe(201);
    for (const name of ['zanbala.db', 'zanbala.db-wal', 'zanbala.db-shm']) {
      expect((statSync(join(server.dataDir, name)).mode & 0o777).toString(8), name).toBe('600');
    }
  });

  it('deleted under a running server: reports get 503, nothing is acknowledged into nothing, and the log says so once', async () => {
    const server = await started();
    expect((await server.post('/api/reports', aReport())).status).toBe(201);
    unlinkSync(join(server.dataDir, 'zanbala.db'));
    for (let i = 0; i < 3; i++) {
      const response = await server.post('/api/reports', aReport());
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    const form = await server.postForm('/kk/help/', aReportForm({ message: 'Мені мектепте күнде ренжітеді, көмектесіңдер', followUp: 'yes' }));
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('Мені мектепте күнде ренжітеді, көмектесіңдер');
    expect(lines(server.output(), /deleted or replaced/)).toHaveLength(1);
    expect(server.alive()).toBe(true);
  });
});

describe('an upload cut off half way', () => {
  it('logs one line, without the request, and the server goes on', async () => {
    const server = await started();
    const { port } = new URL(server.origin);
    const before = server.output().split('\n').length;
    for (const path of ['/kk/help/', '/api/reports']) {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 20000\r\n\r\nmessage=${'%D0%B0'.repeat(200)}`,
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 300);
        });
        socket.on('error', reject);
      });
    }
    const added = () =>
      server
        .output()
        .split('\n')
        .slice(before - 1)
        .filter((line) => line.trim());
    // The lines come when the server sees each connection close: soon, but later on a busy machine.
    await expect.poll(added, { timeout: 10_000 }).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(added()).toEqual([expect.stringMatching(/cut off/), expect.stringMatching(/cut off/)]);
    expect(server.output()).not.toContain('%D0%B0');
    expect((await server.post('/api/reports', aReport())).status).toBe(201);
  });
});

describeEachDatabase('the inbox queue', (testDatabase) => {
  let database: CreatedDatabase | undefined;
  afterEach(async () => {
    await database?.cleanup();
    database = undefined;
  });

  it('answers a page number past the end or out of any range with the last page, never a 500', async () => {
    database = await databaseFor(testDatabase);
    const server = await started({ database });
    const databaseUrl = database?.location.kind === 'postgres' ? database.location.url : `sqlite:${join(server.dataDir, 'zanbala.db')}`;
    const password = 'a long enough password 1';
    const added = spawnSync('npm', ['run', '--silent', 'admin', '--', 'user', 'add', 'pager', '--role', 'admin', '--password-stdin'], {
      input: `${password}\n`,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl, ...(database ? { CASE_CODE_SECRET: 'shared-test-secret-'.padEnd(48, '7') } : {}) },
    });
    expect(added.status, added.stderr).toBe(0);
    const login = await server.postForm('/admin/login/', { username: 'pager', password });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    await server.post('/api/reports', aReport());

    for (const page of ['99999999999999999999', '1e400', '12345678901234567890123', '7', '100001', '-3', 'abc', '2.5']) {
      const response = await fetch(`${server.origin}/admin/?page=${page}`, { headers: { cookie }, redirect: 'manual' });
      expect([200, 303], `page=${page}`).toContain(response.status);
      if (response.status === 303) expect(response.headers.get('location'), `page=${page}`).toBe('/admin/');
      else expect(await response.text(), `page=${page}`).toContain('data-queue');
    }
  });
});

describeEachDatabase('the text rules at the API', (testDatabase) => {
  let database: CreatedDatabase | undefined;
  afterEach(async () => {
    await database?.cleanup();
    database = undefined;
  });

  it('refuse NUL and empty-looking text with field errors, and store text in one Unicode form', async () => {
    database = await databaseFor(testDatabase);
    const server = await started({ database });
    const refused = async (fields: Record<string, unknown>) => {
      const response = await server.post('/api/reports', aReport(fields));
      expect(response.status).toBe(400);
      return ((await response.json()) as { error: { fields: Record<string, string> } }).error.fields;
    };
    expect(await refused({ message: 'Мені мектепте\u0000 ренжітеді' })).toEqual({ message: 'controlCharacters' });
    expect(await refused({ contact: '\u0000\u0000\u0000' })).toEqual({ contact: 'controlCharacters' });
    expect(await refused({ message: '\u200b'.repeat(11) })).toEqual({ message: 'required' });

    // "й" typed as "и" and a combining breve comes back as the one letter.
    const response = await server.post('/api/reports', aReport({ message: 'Мені мектепте ренжітеді, не істеймін\u0438\u0306' }));
    expect(response.status).toBe(201);
    const { caseCode } = (await response.json()) as { caseCode: string };
    const opened = (await (await server.post('/api/reports/case', { caseCode })).json()) as { messages: { text: string }[] };
    expect(opened.messages[0]!.text).toBe('Мені мектепте ренжітеді, не істеймінй');
    const reply = await server.post('/api/reports/case/messages', { caseCode, text: 'Рахмет\u0007' });
    expect(reply.status).toBe(400);
  });

  it('take a 5,000-character Kazakh message as JSON and as a form', async () => {
    database = await databaseFor(testDatabase);
    const server = await started({ database });
    const message = 'әңғүұқөһі'.repeat(556).slice(0, 5000);
    expect((await server.post('/api/reports', aReport({ message }))).status).toBe(201);
    const form = await server.postForm('/kk/help/', aReportForm({ message, followUp: 'no' }));
    // Stored: the answer is the redirect to the page that says so.
    expect(form.status).toBe(303);
  });
});
