import { describe, expect, it } from 'vitest';
import { queuePagePath, queueQuery } from '../../../src/server/admin/queue-filter';
import { queueFilterOf } from '../../../src/server/admin/queue-page';
import { alertSettings, retryAt } from '../../../src/server/alerts/settings';

describe("the queue's address", () => {
  it('keeps the search, the owner filter and the others from page to page, and drops what it does not know', () => {
    const query = queueQuery(new URLSearchParams('q=  коркытады мектеп &owner=mine&status=received&region=astana&category=nope&page=2'), ['astana']);
    expect(query).toMatchObject({ q: 'коркытады мектеп', owner: 'mine', status: 'received', region: 'astana', category: undefined, page: 2 });
    const next = new URL(queuePagePath('/admin/', query, 3), 'http://x');
    expect(Object.fromEntries(next.searchParams)).toEqual({ q: 'коркытады мектеп', owner: 'mine', status: 'received', region: 'astana', page: '3' });
    expect(queueQuery(new URLSearchParams('owner=someone-else'), []).owner).toBeUndefined();
  });

  it("reads 'mine' as the signed-in person's cases, and 'none' as nobody's", () => {
    const base = queueQuery(new URLSearchParams('owner=mine'), []);
    expect(queueFilterOf(base, 'user-1', ['astana']).owner).toEqual({ id: 'user-1' });
    expect(queueFilterOf({ ...base, owner: 'none' }, 'user-1', undefined).owner).toBe('none');
  });
});

describe('alert settings', () => {
  it('refuse a webhook without a secret, and retry with doubling waits up to a ceiling, then give up', () => {
    expect(() => alertSettings({ ALERT_WEBHOOK_URL: 'https://bot.example/hook' })).toThrow(/ALERT_WEBHOOK_SECRET/);
    expect(() => alertSettings({ ALERT_WEBHOOK_URL: 'https://bot.example/hook', ALERT_WEBHOOK_SECRET: 'short' })).toThrow(/16 characters/);
    const settings = alertSettings({});
    const now = new Date('2026-12-14T00:00:00Z');
    const wait = (attempts: number) => (retryAt(settings, attempts, now)?.getTime() ?? NaN) - now.getTime();
    expect([wait(1), wait(2), wait(3)]).toEqual([15_000, 30_000, 60_000]);
    expect(wait(20)).toBe(15 * 60_000);
    expect(retryAt(settings, 30, now)).toBeUndefined();
  });
});
