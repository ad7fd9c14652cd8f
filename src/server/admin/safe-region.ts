/**
 * The office's side of the Safe region register: moving a place from the case page,
 * and the register of a region's places with its CSV for the letter to the akimat. Who may see
 * a place is who may read its case: admins everywhere, moderators in their regions.
 */
import { queueRegions, type Staff } from '../../lib/roles.ts';
import { ageInDays, PLACE_KINDS, PLACE_STATUSES, placeChangeSchema, type PlaceKind, type PlaceStatus } from '../../lib/safe-region.ts';
import { fieldErrors } from '../../lib/report.ts';
import { toCsv } from '../../lib/statistics.ts';
import type { OfficeStores } from '../store/index.ts';
import { tellStudentOfPlace } from './place-outcome.ts';
import type { RegisterFilter, RegisterPlace } from '../store/places.ts';

export type PlaceNotice = 'place' | 'place-invalid';

/** A place change that was refused: why, field by field, and what was typed, given back into the form. */
export interface PlaceRefusal {
  why: 'place-invalid';
  errors: Record<string, string>;
  fields: Record<string, string>;
}

/** Moves the place of a case as the posted form says, and writes the change to the audit log. */
export async function actOnPlace(
  office: OfficeStores,
  actor: string,
  caseId: string,
  fields: Record<string, string>,
  at: Date,
): Promise<'place' | 'empty' | PlaceRefusal> {
  const place = await office.places.ofReport(caseId);
  if (!place) return 'empty';
  const parsed = placeChangeSchema.safeParse(fields);
  if (!parsed.success) return { why: 'place-invalid', errors: fieldErrors(parsed.error), fields };
  await office.places.change(place.id, parsed.data, at);
  await tellStudentOfPlace(office, actor, caseId, place.status, parsed.data, at);
  // The audit says what changed and to whom it went; the public notes are on the public page.
  const detail = [parsed.data.status, parsed.data.settlement, parsed.data.addressee, parsed.data.passedOn].filter(Boolean).join('; ');
  await office.audit.record({ at, actor, action: 'safe-region', target: caseId, detail });
  return 'place';
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** The register's filters from the query string; a region outside the person's own shows nothing. */
export function registerFilter(staff: Staff, query: URLSearchParams): RegisterFilter {
  return {
    status: oneOf<PlaceStatus>(PLACE_STATUSES, query.get('status')),
    kind: oneOf<PlaceKind>(PLACE_KINDS, query.get('kind')),
    // Only a region's id (letters and hyphens): anything else, a NUL included, filters nothing.
    region: /^[a-z-]{1,64}$/.test(query.get('region') ?? '') ? (query.get('region') as string) : undefined,
    allowedRegions: queueRegions(staff),
  };
}

export const REGISTER_COLUMNS = [
  'region',
  'settlement',
  'landmark',
  'kind',
  'status',
  'reported',
  'age_days',
  'addressee',
  'passed_on',
  'fixed',
  'office_settlement',
] as const;

/**
 * The register as CSV: what the office sends to the akimat, one line per place. `settlement` and
 * `landmark` are the child's words, empty once the case is erased or expired; `office_settlement`
 * is the office's own.
 */
export function registerCsv(places: readonly RegisterPlace[], now: Date): string {
  const rows = places.map((place) => [
    place.region,
    place.settlement,
    place.landmark,
    place.kind,
    place.status,
    place.reportedAt.toISOString().slice(0, 10),
    String(ageInDays(place.reportedAt, now)),
    place.addressee ?? '',
    place.passedOn ?? '',
    place.fixedAt ? place.fixedAt.toISOString().slice(0, 10) : '',
    place.officeSettlement ?? '',
  ]);
  return toCsv([[...REGISTER_COLUMNS], ...rows]);
}
