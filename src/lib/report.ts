/**
 * A report: what a student tells the regional prosecutor's office through the help form or the
 * API. One schema serves both (and the tests), so the form and the API can never disagree.
 */
import { z } from 'zod';
import { LANGS } from './langs.ts';
import { TIERS } from './audiences.ts';
import { foldPlaceFields, LANDMARK_MAX, PLACE_CHANGE_FIELDS, PLACE_FIELDS, placeSchema, SETTLEMENT_MAX } from './safe-region.ts';
import { typedText } from './text-rules.ts';

/** What a report is about. `unsafe-place` is a dark street, a ruin or a dangerous crossing. */
export const REPORT_CATEGORIES = [
  'bullying',
  'cyberbullying',
  'violence-home',
  'violence-school',
  'sexual-abuse',
  'unsafe-place',
  'drugs',
  'online-fraud',
  'neglect',
  'rights-question',
  'other',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** Where a case stands, as the student sees it on the case page. */
export const CASE_STATUSES = ['received', 'in-review', 'answered', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;
export const CONTACT_MAX = 200;
/** A reply on the case page may be short ("thank you"), but never empty. */
export const REPLY_MIN = 1;
/** The longest value of a field that is not free text: an id, a choice, a case code, a token. */
export const SHORT_FIELD_MAX = 64;

/** Form checkboxes arrive as "on"/"true"/"1" or not at all; JSON sends booleans. */
const checkbox = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', 'off', ''])])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

/** An empty optional form field means "not given". */
const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export { normalizeText, visibleLength } from './text-rules.ts';

/** The rules every text a child or an office writes follows (src/lib/text-rules.ts). */
const text = (min: number, max: number) => typedText(min, max);

/**
 * The report schema for a given list of region ids. Error messages are keys (`required`,
 * `tooShort`, …) that the form turns into words of the page's language. Built once per list:
 * zod compiles a schema on first use, and every report would otherwise pay for it.
 */
export function reportSchema(regionIds: readonly string[]) {
  const key = regionIds.join(',');
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = buildReportSchema(regionIds)));
  return schema;
}

function buildReportSchema(regionIds: readonly string[]) {
  const fields = z.object({
    region: z.string({ error: 'required' }).refine((id) => regionIds.includes(id), { error: 'unknownRegion' }),
    category: z.enum(REPORT_CATEGORIES, { error: 'unknownCategory' }),
    message: text(MESSAGE_MIN, MESSAGE_MAX),
    lang: z.enum(LANGS, { error: 'unknownLang' }),
    /** true: the student wants an answer and gets a case code; false: nothing leads back. */
    followUp: z.union([z.boolean(), z.enum(['yes', 'no'])], { error: 'chooseFollowUp' }).transform((value) => value === true || value === 'yes'),
    urgent: checkbox,
    ageBand: z.preprocess(emptyAsUndefined, z.enum(TIERS, { error: 'unknownAgeBand' }).optional()),
    contact: z.preprocess(emptyAsUndefined, text(3, CONTACT_MAX).optional()),
    /** Only in `unsafe-place`: where it is, for the Safe region register (src/lib/safe-region.ts). */
    place: placeSchema.optional(),
  });
  return z.preprocess(
    foldPlaceFields,
    fields.refine((report) => !report.place || report.category === 'unsafe-place', { path: ['place'], error: 'placeOnlyUnsafePlace' }),
  );
}
const schemas = new Map<string, ReturnType<typeof buildReportSchema>>();

export type Report = z.output<ReturnType<typeof reportSchema>>;

/** What the case page and the API take to open a case. */
export const caseLookupSchema = z.object({
  caseCode: z.string({ error: 'required' }).min(1, { error: 'required' }).max(SHORT_FIELD_MAX, { error: 'tooLong' }),
});

/** A student's message written back on the case page. */
export const caseReplySchema = caseLookupSchema.extend({ text: text(REPLY_MIN, MESSAGE_MAX) });

/**
 * An office's reply to a student or internal note: the same rules as the student's words, and no
 * direction controls, which could make a reply read backwards to the child.
 */
export const officeTextSchema = z.object({ text: typedText(REPLY_MIN, MESSAGE_MAX, { noBidi: true }) });

/**
 * The most characters each field of a form may hold, by form: what request bodies are sized by
 * (request-body.ts), so that every form the schema accepts fits, in any script.
 */
export const FORM_FIELDS = {
  report: {
    region: SHORT_FIELD_MAX,
    category: SHORT_FIELD_MAX,
    message: MESSAGE_MAX,
    lang: SHORT_FIELD_MAX,
    followUp: SHORT_FIELD_MAX,
    urgent: SHORT_FIELD_MAX,
    ageBand: SHORT_FIELD_MAX,
    contact: CONTACT_MAX,
    submissionKey: SHORT_FIELD_MAX,
    [PLACE_FIELDS.settlement]: SETTLEMENT_MAX,
    [PLACE_FIELDS.landmark]: LANDMARK_MAX,
    [PLACE_FIELDS.kind]: SHORT_FIELD_MAX,
  },
  case: { intent: SHORT_FIELD_MAX, caseCode: SHORT_FIELD_MAX, text: MESSAGE_MAX, submissionKey: SHORT_FIELD_MAX },
  /** Every inbox form at once: the reply or note, the owner, and the Safe region form of the same page. */
  office: {
    intent: SHORT_FIELD_MAX,
    csrf: SHORT_FIELD_MAX,
    status: SHORT_FIELD_MAX,
    lang: SHORT_FIELD_MAX,
    text: MESSAGE_MAX,
    owner: SHORT_FIELD_MAX,
    submissionKey: SHORT_FIELD_MAX,
    ...PLACE_CHANGE_FIELDS,
  },
  /** The profile page: duty hours (a checkbox a weekday) and the address alerts go to. */
  profile: {
    intent: SHORT_FIELD_MAX,
    csrf: SHORT_FIELD_MAX,
    submissionKey: SHORT_FIELD_MAX,
    email: 254,
    on: SHORT_FIELD_MAX,
    from: SHORT_FIELD_MAX,
    to: SHORT_FIELD_MAX,
    day1: SHORT_FIELD_MAX,
    day2: SHORT_FIELD_MAX,
    day3: SHORT_FIELD_MAX,
    day4: SHORT_FIELD_MAX,
    day5: SHORT_FIELD_MAX,
    day6: SHORT_FIELD_MAX,
    day7: SHORT_FIELD_MAX,
  },
} as const satisfies Record<string, Record<string, number>>;

/** Field name → error key, from a failed parse: what the form shows next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    // A place's fields are named as the form names them: `place.settlement`.
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
    fields[field] ??= issue.message;
  }
  return fields;
}
