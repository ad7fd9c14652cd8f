/**
 * The rules of the data files in content/data, in one place for both of their readers: Astro's
 * loader (src/content.config.ts), which checks them when the site is built and resolves the
 * references between collections, and src/site/site-data.ts, which the pages rendered on demand
 * read without the lesson collections.
 */
import { z } from 'zod';
import { AUDIENCES } from './audiences.ts';
import { isExternalUrl } from './media.ts';

const audience = z.enum(AUDIENCES, {
  error: `expected one of ${AUDIENCES.join(', ')}`,
});

/**
 * The fields of a lesson that decide whether and where it is listed: all that the server's list
 * of pages (src/site/page-paths.ts) reads of a lesson, with the rules the site's loader applies.
 */
export const lessonListingFields = {
  /** Who the lesson is written for: one or more of the audiences. */
  audiences: z.array(audience).min(1, { error: 'name at least one audience' }),
  /** First publication, e.g. 2026-09-01. A date in the future keeps the lesson unpublished. */
  publishedAt: z.coerce.date(),
  /** `true` keeps the lesson out of the site. */
  draft: z.boolean().default(false),
  /**
   * `true`: starting content that names invented people, events or results (a webinar's speakers,
   * a recap of a day that never happened). Shown in `npm run dev` and preview builds; a production
   * build leaves it out unless SHOW_SAMPLES=1, so the office never presents it as real.
   */
  sample: z.boolean().default(false),
};

/** Text in both languages, used by the data files. */
export const bilingual = z.object({ kk: z.string().min(1), ru: z.string().min(1) });

export const topicSchema = z.object({ title: bilingual, description: bilingual });

export const regionSchema = z.object({
  kind: z.enum(['region', 'city']),
  name: bilingual,
  /** Working days within which the office promises an answer: the child's expected date and the case's due date. */
  answerDays: z.number({ error: 'expected a whole number of working days, e.g. 10' }).int().min(1).max(30).default(10),
});

/** A day off besides the weekend (`id` is the day, `YYYY-MM-DD`): content/data/holidays.yaml. */
export const holidaySchema = z.object({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected the day as 'YYYY-MM-DD', in quotes" }),
  name: bilingual,
});

export const helplineSchema = z.object({
  number: z.string().regex(/^\d{3,}$/),
  /** Position in every list of numbers, 1 first. */
  order: z.number().int().positive(),
  /** Shown in the bar on every page. */
  everyPage: z.boolean(),
  name: bilingual,
  /** When to call, in a child's words. */
  when: bilingual,
});

/** A channel; its `region` is an id of regions.yaml (the site's loader checks that it is one). */
export const channelSchema = z.object({
  region: z.string().min(1),
  messenger: z.enum(['telegram', 'whatsapp']),
  url: z.url().refine(isExternalUrl, { error: 'expected an https link' }),
  /** What the student sees on the button: a @name or a phone number. */
  label: z.string().min(3),
  /**
   * The day the office confirmed that this address is its own and answers. Without it, or when
   * it is more than 12 months old, no child sees the channel (src/lib/channels.ts).
   */
  checkedOn: z.coerce.date().optional(),
  /**
   * `true`: an example address that reaches nobody (see docs/editors.md), never an office's own.
   * A production build leaves it out unless SHOW_SAMPLES=1, even with a `checkedOn`.
   */
  sample: z.boolean().default(false),
});

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OFFICIAL_LINK = 'expected a full link to the official text, e.g. https://adilet.zan.kz/…';

/** An article or a part as the act numbers it: "15", "127-2". YAML reads `15` as a number; that is fine. */
const provisionNumber = (what: string) =>
  z
    .union([z.string().regex(/^\d+(-\d+)*$/), z.number().int().positive()], {
      error: `expected the ${what} number as the act writes it, e.g. "15" or "127-2"; leave it out if you are not sure`,
    })
    .transform(String);

/**
 * One statement of the law that lessons cite with <Fact id="…" />: content/data/legal-facts.yaml.
 * Every field is what a lawyer checks against the official text.
 */
export const legalFactSchema = z
  .object({
    /** What lessons write in `<Fact id="…" />`: lowercase latin words joined by hyphens. */
    id: z.string().regex(KEBAB_CASE, { error: 'expected lowercase latin words joined by hyphens, e.g. criminal-age' }),
    /** The fact in one or two short, plain sentences, in each language. */
    statement: bilingual,
    /** The act as the law names it; one name, or its official name in each language. */
    act: z.union([z.string().min(3), bilingual], { error: 'expected the name of the act, or `{ kk: …, ru: … }`' }),
    /** The article, e.g. "15" or "127-2". Never guess: leave it out if the text does not say. */
    article: provisionNumber('article').optional(),
    /** The part of the article, e.g. "2". */
    part: provisionNumber('part').optional(),
    /** The official text, normally on adilet.zan.kz; one link, or one per language. */
    url: z.union([z.url(), z.object({ kk: z.url(), ru: z.url() })], { error: OFFICIAL_LINK }),
    /** When and by whom the statement was last checked against the official text. */
    checked: z.object({
      on: z.coerce.date({ error: 'expected the day of the check, e.g. 2026-11-20' }),
      by: z.string().min(3, { error: 'expected the name and position of who checked it' }),
    }),
    /** The day the rule comes into force, if that is still ahead or recent. */
    validFrom: z.coerce.date().optional(),
    /** The last day the rule holds, once a change of the law is known. */
    validUntil: z.coerce.date().optional(),
  })
  .refine((fact) => !fact.part || fact.article, { error: 'a part needs its article', path: ['part'] })
  .refine((fact) => !fact.validFrom || !fact.validUntil || fact.validFrom <= fact.validUntil, {
    error: 'validUntil comes before validFrom',
    path: ['validUntil'],
  });

/** The monthly calculation index of one year (`id` is the year), for <Mci n={…} /> in lessons. */
export const mciSchema = z.object({
  /** Tenge per 1 MCI in that year, as the budget law sets it. */
  tenge: z.number({ error: 'expected the MCI in tenge as a whole number, e.g. 4325' }).int().positive(),
  /** The law that set it, e.g. «О республиканском бюджете на 2026–2028 годы». */
  law: z.string().min(5).optional(),
});

export type Topic = z.infer<typeof topicSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Holiday = z.infer<typeof holidaySchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type LegalFact = z.infer<typeof legalFactSchema>;
export type MciYear = z.infer<typeof mciSchema>;
