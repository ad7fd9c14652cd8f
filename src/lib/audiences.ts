/** Age bands of students. */
export const TIERS = ['7-10', '11-14', '15-18'] as const;
export type Tier = (typeof TIERS)[number];

/** Everyone a lesson can be written for: a tier, parents or teachers. */
export const AUDIENCES = [...TIERS, 'parents', 'teachers'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** The youngest tier among the audiences: it sets the type size and the voice of a page. */
export function youngestTier(audiences: readonly Audience[]): Tier | undefined {
  return TIERS.find((tier) => audiences.includes(tier));
}
