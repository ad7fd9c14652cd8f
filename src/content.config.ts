/**
 * The editors' contract: every field a lesson or a data file may carry, with the rule it must
 * follow. A file that breaks a rule stops the build with the file, the field and the message
 * written here. The guide for editors is content/README.md.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { AUDIENCES } from './lib/audiences';
import { LANGS } from './lib/langs';
import { DURATION_PATTERN } from './lib/durations';
import { MEDIA_DIR, isExternalUrl } from './lib/media';

const LESSON_FILES = '{kk,ru}/**/[^_]*.mdx';

/** Text in both languages, used by the data files. */
const bilingual = z.object({ kk: z.string().min(1), ru: z.string().min(1) });

/** A file in content/media, named relative to that folder, e.g. `safe-way-kk.vtt`. */
const mediaFile = (extensions: string[]) =>
  z
    .string()
    .regex(new RegExp(`^[\\w./-]+\\.(${extensions.join('|')})$`), {
      error: `expected a file name in content/media ending in .${extensions.join(' or .')}`,
    })
    .refine((name) => existsSync(new URL(name, MEDIA_DIR)), {
      error: (issue) => `content/media/${String(issue.input)} does not exist; put the file there or fix the name`,
    });

const audience = z.enum(AUDIENCES, {
  error: `expected one of ${AUDIENCES.join(', ')}`,
});

/** The source of a legal statement in a lesson: an act, its article if known, the official text. */
const legalSource = z.object({
  /** The act as the law names it, e.g. «Қазақстан Республикасының Қылмыстық кодексі». */
  act: z.string().min(3),
  /** Article (and part) if known. Never guess a number: leave it out instead. */
  article: z.string().optional(),
  /** Link to the official text, normally on adilet.zan.kz. */
  url: z.url({ error: 'expected a full link to the official text, e.g. https://adilet.zan.kz/…' }),
});

/** Fields every article, video and webinar has. */
const lessonFields = ({ image }: SchemaContext) => ({
  /** What a child would type into a search box. */
  title: z.string().min(3).max(120),
  /** One sentence that says what the reader learns. */
  summary: z.string().min(20).max(300),
  /** Who the lesson is written for: one or more of the audiences. */
  audiences: z.array(audience).min(1, { error: 'name at least one audience' }),
  /** Topic ids from content/data/topics.yaml. */
  topics: z.array(reference('topics')).min(1, { error: 'name at least one topic' }),
  /** The picture on cards and at the top of the page, with alt text that says what it shows. */
  cover: z.object({
    src: image(),
    alt: z.string().min(5, { error: 'describe what the picture shows in a few words' }),
  }),
  /** First publication, e.g. 2026-09-01. A date in the future keeps the lesson unpublished. */
  publishedAt: z.coerce.date(),
  /** Last meaningful change. */
  updatedAt: z.coerce.date().optional(),
  /** `true` keeps the lesson out of the site. */
  draft: z.boolean().default(false),
  /** The same value in the kk and ru files of one lesson pairs them as translations. */
  translationKey: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'expected lowercase latin words joined by hyphens, e.g. cyberbullying-basics',
  }),
  /** The acts the legal statements rest on. */
  legalBasis: z.array(legalSource).default([]),
  /** Who checked the legal content and when; absent means no lawyer has checked it yet. */
  review: z.object({ by: z.string().min(3), on: z.coerce.date() }).optional(),
});

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: LESSON_FILES }),
  schema: (context) => z.object(lessonFields(context)),
});

const CAPTIONS_NEEDED = 'add captions: `captions: [{ lang: kk, file: name-kk.vtt }]`, the .vtt file in content/media';

/** Where a video plays from: a small file in content/media, or a page on a video host. */
const videoSource = z.union(
  [
    z.object({ file: mediaFile(['mp4', 'webm']) }).strict(),
    z.object({ url: z.url().refine(isExternalUrl, { error: 'expected an https link' }) }).strict(),
  ],
  { error: 'expected `file: name.mp4` (in content/media) or `url: https://…` (a video host)' },
);

const videos = defineCollection({
  loader: glob({ base: './content/videos', pattern: LESSON_FILES }),
  schema: (context) =>
    z.object({
      ...lessonFields(context),
      source: videoSource,
      /** Still shown before playback; the cover is used when absent. */
      poster: context.image().optional(),
      /** One WebVTT file per language; the lesson's own language is required. */
      captions: z
        .array(z.object({ lang: z.enum(LANGS), file: mediaFile(['vtt']) }), { error: CAPTIONS_NEEDED })
        .min(1, { error: CAPTIONS_NEEDED }),
      /** Length as minutes:seconds, e.g. 4:30. */
      duration: z.string().regex(DURATION_PATTERN, { error: 'expected minutes:seconds, e.g. 4:30' }),
    }),
});

const webinars = defineCollection({
  loader: glob({ base: './content/webinars', pattern: LESSON_FILES }),
  schema: (context) =>
    z
      .object({
        ...lessonFields(context),
        /** Start with its UTC offset, in quotes: '2026-12-10T15:00:00+05:00'. */
        startsAt: z.iso.datetime({
          offset: true,
          local: false,
          error: "expected the start in quotes with its offset, e.g. '2026-12-10T15:00:00+05:00'",
        }),
        durationMinutes: z.number().int().min(10).max(480),
        speakers: z.array(z.object({ name: z.string().min(3), role: z.string().min(3) })).min(1),
        /** Where to join on the day. */
        join: z.url().optional(),
        /** Where to sign up beforehand. */
        registration: z.url().optional(),
        /** After the webinar: the id of its recording in videos, e.g. kk/safe-internet-recording. */
        recording: reference('videos').optional(),
        /** After the webinar: what was said, in two or three sentences. */
        recap: z.string().min(20).optional(),
      })
      .refine((webinar) => webinar.join || webinar.registration, {
        error: 'give a `join` or a `registration` link',
        path: ['join'],
      }),
});

const topics = defineCollection({
  loader: file('./content/data/topics.yaml'),
  schema: z.object({ title: bilingual, description: bilingual }),
});

const regions = defineCollection({
  loader: file('./content/data/regions.yaml'),
  schema: z.object({ kind: z.enum(['region', 'city']), name: bilingual }),
});

const helplines = defineCollection({
  loader: file('./content/data/helplines.yaml'),
  schema: z.object({
    number: z.string().regex(/^\d{3,}$/),
    /** Position in every list of numbers, 1 first. */
    order: z.number().int().positive(),
    /** Shown in the bar on every page. */
    everyPage: z.boolean(),
    name: bilingual,
    /** When to call, in a child's words. */
    when: bilingual,
  }),
});

const channels = defineCollection({
  loader: file('./content/data/channels.yaml'),
  schema: z.object({
    region: reference('regions'),
    messenger: z.enum(['telegram', 'whatsapp']),
    url: z.url().refine(isExternalUrl, { error: 'expected an https link' }),
    /** What the student sees on the button: a @name or a phone number. */
    label: z.string().min(3),
    /**
     * The day the office confirmed that this address is its own and answers. Without it, or when
     * it is more than 12 months old, no child sees the channel (src/lib/channels.ts).
     */
    checkedOn: z.coerce.date().optional(),
  }),
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
const legalFacts = defineCollection({
  loader: file('./content/data/legal-facts.yaml'),
  schema: z
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
    }),
});

/** The monthly calculation index per year (`id` is the year), for <Mci n={…} /> in lessons. */
const mci = defineCollection({
  loader: file('./content/data/mci.yaml'),
  schema: z.object({
    /** Tenge per 1 MCI in that year, as the budget law sets it. */
    tenge: z.number({ error: 'expected the MCI in tenge as a whole number, e.g. 4325' }).int().positive(),
    /** The law that set it, e.g. «О республиканском бюджете на 2026–2028 годы». */
    law: z.string().min(5).optional(),
  }),
});

export const collections = { articles, videos, webinars, topics, regions, helplines, channels, mci, legalFacts };
