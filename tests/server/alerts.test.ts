/**
 * Alerts against the real server, a real SMTP server on localhost (`smtp-server`) and a real
 * HTTP receiver: an urgent report brings one e-mail to each on-duty moderator of its region and
 * one signed webhook within 60 s, with no word of the report, its code or its contact in either,
 * byte by byte; off-duty moderators and other regions get nothing; with the mail server down the
 * report is still acknowledged and its alert goes out once the server is back.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { webhookSignature } from '../../src/server/alerts/channels';
import { hashToken } from '../../src/server/admin/email-confirmation';
import { createOfficeStores, openDb } from '../../src/server/store';
import type { StoreLocation } from '../../src/server/config';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { addUser } from '../support/office';
import { aReport, databaseFor, startServer, type RunningServer } from './server';

const SECRET = 'webhook-secret-of-the-office-0123456789';
const ALWAYS = { on: true, days: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[], from: '00:00', to: '00:00' };

interface Mail {
  to: string[];
  raw: Buffer;
}

/** A mail server on a fixed port that keeps every message it is given, byte for byte. */
function smtpOn(port: number, inbox: Mail[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const closeSmtp = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

interface Hook {
  body: Buffer;
  signature: string | undefined;
}

async function waitFor(what: string, done: () => boolean, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describeEachDatabase('alerts of urgent reports', (testDatabase) => {
  let database: CreatedDatabase | undefined;
  let server: RunningServer;
  let smtp: SMTPServer | undefined;
  let smtpPort: number;
  let receiver: Server;
  const mails: Mail[] = [];
  const hooks: Hook[] = [];

  beforeAll(async () => {
    smtp = await smtpOn(0, mails);
    smtpPort = (smtp.server.address() as AddressInfo).port;
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        hooks.push({ body: Buffer.concat(chunks), signature: request.headers['x-zanbala-signature'] as string | undefined });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    database = await databaseFor(testDatabase);
    server = await startServer({
      database,
      env: {
        RATE_LIMIT: 'off',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        ALERT_FROM: 'Zanbala <alerts@zanbala.test>',
        ALERT_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        ALERT_WEBHOOK_SECRET: SECRET,
        ALERT_POLL_SECONDS: '1',
        ALERT_RETRY_SECONDS: '1',
      },
    });
    // The office's accounts, straight in the server's database, as `npm run admin` and the profile page leave them.
    const location: StoreLocation = database?.location ?? { kind: 'sqlite', path: join(server.dataDir, 'zanbala.db') };
    const db = await openDb(location);
    const office = createOfficeStores(db);
    try {
      const people = [
        { name: 'astana-on-1', regions: ['astana'], on: true },
        { name: 'astana-on-2', regions: ['astana', 'abai'], on: true },
        { name: 'astana-off', regions: ['astana'], on: false },
        { name: 'abai-on', regions: ['abai'], on: true },
      ];
      for (const person of people) {
        const id = await addUser(office, person.name, 'moderator', person.regions);
        await office.profiles.setDuty(id, { ...ALWAYS, on: person.on });
        await office.profiles.setEmail(id, `${person.name}@office.test`, hashToken(`link-of-${person.name}-0123456789`), new Date(Date.now() + 3_600_000));
        await office.profiles.confirmEmail(hashToken(`link-of-${person.name}-0123456789`), id, new Date());
      }
    } finally {
      await db.close();
    }
  });

  afterAll(async () => {
    await server?.stop();
    if (smtp) await closeSmtp(smtp);
    receiver?.close();
    await database?.cleanup();
  });

  it('e-mails each on-duty moderator of the region and calls the signed webhook within 60 s, with nothing of the report in either', async () => {
    const message = 'Өгейәкем түнде қорқытады, Жандос ағайдан көмек сұраймын';
    const contact = 'telegram @aruzhan_secret_2011';
    const answer = await server.post('/api/reports', aReport({ urgent: true, message, contact }));
    expect(answer.status).toBe(201);
    const { caseCode } = (await answer.json()) as { caseCode: string };
    const started = Date.now();
    await waitFor('two e-mails and the webhook', () => mails.length >= 2 && hooks.length >= 1);
    expect(Date.now() - started).toBeLessThan(60_000);
    // A little longer: nothing more is coming.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(
      mails
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual(['astana-on-1@office.test', 'astana-on-2@office.test']);
    expect(hooks).toHaveLength(1);

    const hook = hooks[0]!;
    expect(hook.signature).toBe(webhookSignature(SECRET, hook.body.toString('utf8')));
    const payload = JSON.parse(hook.body.toString('utf8')) as Record<string, string>;
    expect(Object.keys(payload).sort()).toEqual(['at', 'caseUrl', 'kind', 'region']);
    expect(payload).toMatchObject({ region: 'astana', kind: 'urgent' });
    expect(payload['caseUrl']).toMatch(/\/admin\/cases\/[0-9a-f-]{36}\/$/);
    const caseLink = (await fetch(payload['caseUrl']!.replace(/^https?:\/\/[^/]+/, server.origin), { redirect: 'manual' })).headers.get('location');
    expect(caseLink).toBe('/admin/login/');

    const digits = caseCode.replace(/\D/g, '');
    const secrets = [caseCode, digits, ...digits.match(/\d{4}/g)!, contact, 'aruzhan', ...message.split(/[^\p{L}]+/u).filter((word) => word.length >= 4)];
    for (const sent of [...mails.map((mail) => mail.raw), hook.body]) {
      // Byte by byte, in UTF-8 and in the encodings mail uses for non-Latin text.
      const forms = [sent.toString('utf8'), sent.toString('latin1'), decodeMail(sent.toString('latin1'))];
      for (const secret of secrets) for (const form of forms) expect(form, `"${secret}" in an alert`).not.toContain(secret);
      expect(sent.includes(Buffer.from(message.slice(0, 8)))).toBe(false);
    }
    // What a moderator reads: the region, the kind, the link.
    const text = decodeMail(mails[0]!.raw.toString('latin1'));
    expect(text).toContain('Астана');
    expect(text).toContain(payload['caseUrl']);
  });

  it('acknowledges an urgent report while the mail server is down, and the e-mail goes out once it is back', async () => {
    await closeSmtp(smtp!);
    smtp = undefined;
    const before = mails.length;
    const answer = await server.post('/api/reports', aReport({ urgent: true, message: 'Мектептің артында мені күтіп тұр, қорқамын' }));
    expect(answer.status).toBe(201);
    await waitFor('the webhook of the second report', () => hooks.length >= 2);
    // The mail server is still down: the e-mail waits and is retried.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(mails.length).toBe(before);
    smtp = await smtpOn(smtpPort, mails);
    await waitFor('the e-mails after the mail server came back', () => mails.length >= before + 2);
    expect(
      mails
        .slice(before)
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual(['astana-on-1@office.test', 'astana-on-2@office.test']);
  });

  it('tells moderators of another region nothing, and an off-duty moderator nothing', () => {
    const everyone = mails.flatMap((mail) => mail.to);
    expect(everyone).not.toContain('astana-off@office.test');
    expect(everyone).not.toContain('abai-on@office.test');
  });
});

/** Quoted-printable and base64 parts of a mail, decoded, so a word cannot hide in a transfer encoding. */
function decodeMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const qp = unfolded.replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
  const words = qp.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : text.replace(/_/g, ' '),
  );
  const base64 = [...words.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{40,})/g)].map((match) =>
    Buffer.from(match[1]!.replace(/\s/g, ''), 'base64').toString('utf8'),
  );
  return [words, ...base64].join('\n');
}
