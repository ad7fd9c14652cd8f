/**
 * The editors' contract: every field a lesson or a data file may carry, with the rule it must
 * follow. A file that breaks a rule stops the build with the file, the field and the message
 * written here (the data files' rules, and the lesson fields the server's page list reads, are in
 * src/lib/data-schemas.ts). The guide for editors is content/README.md.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { LANGS } from './lib/langs';
import { DURATION_PATTERN } from './lib/durations';
import { MEDIA_DIR, isExternalUrl } from './lib/media';
import { channelSchema, helplineSchema, legalFactSchema, lessonListingFields, mciSchema, regionSchema, topicSchema } from './lib/data-schemas';

const LESSON_FILES = '{kk,ru}/**/[^_]*.mdx';

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
  ...lessonListingFields,
  /** What a child would type into a search box. */
  title: z.string().min(3).max(120),
  /** One sentence that says what the reader learns. */
  summary: z.string().min(20).max(300),
  /**
   * Words a child would type into search that the title and summary do not hold: other forms of a
   * word (мошенник, мошенничество), slang, the other language's word, common misspellings (булинг).
   */
  keywords: z.array(z.string().min(2, { error: 'a keyword needs at least 2 letters' })).default([]),
  /** Topic ids from content/data/topics.yaml. */
  topics: z.array(reference('topics')).min(1, { error: 'name at least one topic' }),
  /** The picture on cards and at the top of the page, with alt text that says what it shows. */
  cover: z.object({
    src: image(),
    alt: z.string().min(5, { error: 'describe what the picture shows in a few words' }),
  }),
  /** Last meaningful change. */
  updatedAt: z.coerce.date().optional(),
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
  [z.object({ file: mediaFile(['mp4', 'webm']) }).strict(), z.object({ url: z.url().refine(isExternalUrl, { error: 'expected an https link' }) }).strict()],
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
      captions: z.array(z.object({ lang: z.enum(LANGS), file: mediaFile(['vtt']) }), { error: CAPTIONS_NEEDED }).min(1, { error: CAPTIONS_NEEDED }),
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

const topics = defineCollection({ loader: file('./content/data/topics.yaml'), schema: topicSchema });

const regions = defineCollection({ loader: file('./content/data/regions.yaml'), schema: regionSchema });

const helplines = defineCollection({ loader: file('./content/data/helplines.yaml'), schema: helplineSchema });

// The loader also checks that each channel's region is one of regions.yaml.
const channels = defineCollection({
  loader: file('./content/data/channels.yaml'),
  schema: channelSchema.extend({ region: reference('regions') }),
});

const legalFacts = defineCollection({ loader: file('./content/data/legal-facts.yaml'), schema: legalFactSchema });

const mci = defineCollection({ loader: file('./content/data/mci.yaml'), schema: mciSchema });

export const collections = { articles, videos, webinars, topics, regions, helplines, channels, mci, legalFacts };
