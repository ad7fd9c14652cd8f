/**
 * The numbers every page shows (`everyPage: true` in content/data/helplines.yaml), for code
 * that cannot read the collection: the widget carries them so they show even when its feed
 * fails. tests/unit/lib/helplines.test.ts keeps the two lists equal.
 */
export const EMERGENCY_NUMBERS = ['112', '102', '111'] as const;
export type EmergencyNumber = (typeof EMERGENCY_NUMBERS)[number];

/** A `tel:` link that any phone dials. */
export const telHref = (number: string) => `tel:${number}`;
