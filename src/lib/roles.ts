/**
 * Who in the regional offices may do what. Pure rules, checked on the server for every admin
 * page and action (src/server/admin/guard.ts), and tested without a server.
 */
export const ROLES = ['admin', 'moderator', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What a signed-in person is allowed, as the guard sees it. */
export interface Staff {
  role: Role;
  /** The regions a moderator answers for; admins and analysts are not limited by region. */
  regions: readonly string[];
}

/** Cases, their text and replies: admins everywhere, moderators in their regions, analysts never. */
export function mayReadCase(staff: Staff, region: string): boolean {
  if (staff.role === 'admin') return true;
  return staff.role === 'moderator' && staff.regions.includes(region);
}

/** The regions whose cases the queue shows; undefined means all of them. */
export function queueRegions(staff: Staff): readonly string[] | undefined {
  if (staff.role === 'admin') return undefined;
  return staff.role === 'moderator' ? staff.regions : [];
}

/** What each role may open in the inbox. */
export const CAN = {
  queue: ['admin', 'moderator'],
  statistics: ['admin', 'analyst'],
  audit: ['admin'],
  users: ['admin'],
  export: ['admin'],
  /** Page views: figures without any case in them. */
  reach: ['admin', 'analyst'],
  /** The Safe region register: places from cases, so as cases, by region. */
  register: ['admin', 'moderator'],
  /** Duty hours and the address alerts go to: alerts reach moderators only. */
  profile: ['moderator'],
} as const satisfies Record<string, readonly Role[]>;
