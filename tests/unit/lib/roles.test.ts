import { describe, expect, it } from 'vitest';
import { CAN, mayReadCase, queueRegions, type Staff } from '../../../src/lib/roles';

const admin: Staff = { role: 'admin', regions: [] };
const moderator: Staff = { role: 'moderator', regions: ['astana', 'abai'] };
const analyst: Staff = { role: 'analyst', regions: [] };

describe('who may do what in the inbox', () => {
  it('lets an admin read every case and a moderator only those of the regions assigned', () => {
    expect(mayReadCase(admin, 'almaty')).toBe(true);
    expect(mayReadCase(moderator, 'astana')).toBe(true);
    expect(mayReadCase(moderator, 'almaty')).toBe(false);
  });

  it('never lets an analyst read a case, even of a region listed by mistake', () => {
    expect(mayReadCase(analyst, 'astana')).toBe(false);
    expect(mayReadCase({ role: 'analyst', regions: ['astana'] }, 'astana')).toBe(false);
    expect(queueRegions(analyst)).toEqual([]);
  });

  it("limits the queue to the moderator's regions and not the admin's", () => {
    expect(queueRegions(admin)).toBeUndefined();
    expect(queueRegions(moderator)).toEqual(['astana', 'abai']);
  });

  it('gives statistics to admins and analysts, the audit log, users and export to admins only', () => {
    expect(CAN.statistics).toEqual(['admin', 'analyst']);
    expect(CAN.queue).not.toContain('analyst');
    for (const page of [CAN.audit, CAN.users, CAN.export]) expect(page).toEqual(['admin']);
  });
});
