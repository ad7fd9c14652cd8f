/**
 * What `npm run new` writes: a lesson with every field of src/content.config.ts, valid as it is
 * (a draft, so it builds but is not published), its translation's stub, and for a video the
 * caption files. Pure: the CLI in scripts/new.ts writes the files.
 */
import type { Audience } from './audiences.ts';
import { otherLang, type Lang } from './langs.ts';
import type { LessonKind } from './lessons.ts';
import { SCAFFOLD_TEXT } from './scaffold-text.ts';

export interface ScaffoldRequest {
  kind: LessonKind;
  lang: Lang;
  audiences: readonly Audience[];
  title: string;
  slug: string;
  /** Today in Kazakhstan, YYYY-MM-DD. */
  today: string;
}

/** A file to write, as a path from the project root. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** A placeholder cover that ships with the site, so a new lesson builds before it has a picture. */
export const PLACEHOLDER_COVER = '../../media/covers/placeholder.svg';

const quote = (text: string) => JSON.stringify(text);

/** A date a month after `today`, for a webinar's placeholder start. */
function monthLater(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

function kindFields(request: ScaffoldRequest, lang: Lang): string[] {
  const text = SCAFFOLD_TEXT[lang];
  if (request.kind === 'videos') {
    return [
      'source:',
      `  url: https://example.com/TODO-video-link # ${text.hints.video}`,
      `# poster: ${PLACEHOLDER_COVER}`,
      'captions:',
      ...[request.lang, otherLang(request.lang)].flatMap((captionLang) => [`  - lang: ${captionLang}`, `    file: ${request.slug}-${captionLang}.vtt`]),
      `duration: "1:00" # ${text.hints.duration}`,
    ];
  }
  if (request.kind === 'webinars') {
    return [
      `startsAt: '${monthLater(request.today)}T15:00:00+05:00' # ${text.hints.startsAt}`,
      'durationMinutes: 60',
      'speakers:',
      `  - name: ${quote(text.speakerName)}`,
      `    role: ${quote(text.speakerRole)}`,
      'registration: https://example.com/TODO-registration',
      '# join: https://…',
      '# recording: kk/video-slug',
      '# recap: "…"',
    ];
  }
  return [];
}

/** The front matter and body of one language's file. */
function lessonText(request: ScaffoldRequest, lang: Lang, title: string): string {
  const text = SCAFFOLD_TEXT[lang];
  const register = lang === 'kk' ? 'kaz' : 'rus';
  const lines = [
    '---',
    `# ${text.header}`,
    `title: ${quote(title)}`,
    `summary: ${quote(text.summary)}`,
    `audiences: [${request.audiences.join(', ')}]`,
    `topics: [bullying] # ${text.topics}`,
    'cover:',
    `  src: ${PLACEHOLDER_COVER} # ${text.hints.cover}`,
    `  alt: ${quote(text.coverAlt)}`,
    `publishedAt: ${request.today}`,
    `# updatedAt: ${request.today}`,
    'draft: true',
    `translationKey: ${request.slug}`,
    'legalBasis:',
    `  - act: ${quote(text.legalAct)}`,
    '    # article: "…"',
    `    url: https://adilet.zan.kz/${register}/docs/TODO`,
    `# review: { by: "…", on: ${request.today} } # ${text.review}`,
    ...kindFields(request, lang),
    '---',
    text.body[request.kind],
  ];
  return lines.join('\n');
}

/** An empty but valid WebVTT file, for a new video's captions. */
function captionStub(lang: Lang): string {
  return `WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n${SCAFFOLD_TEXT[lang].caption}\n`;
}

export function scaffoldLesson(request: ScaffoldRequest): ScaffoldFile[] {
  const other = otherLang(request.lang);
  const folder = (lang: Lang) => `content/${request.kind}/${lang}/${request.slug}.mdx`;
  const files: ScaffoldFile[] = [
    { path: folder(request.lang), text: lessonText(request, request.lang, request.title) },
    { path: folder(other), text: lessonText(request, other, `${SCAFFOLD_TEXT[other].translationTitle}: ${request.title}`) },
  ];
  if (request.kind === 'videos') {
    for (const lang of [request.lang, other]) files.push({ path: `content/media/${request.slug}-${lang}.vtt`, text: captionStub(lang) });
  }
  return files;
}
