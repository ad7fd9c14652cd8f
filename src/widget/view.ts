/**
 * The widget's markup, built with plain DOM calls: smaller than any framework for a dozen
 * elements (see docs/embedding.md for the sizes measured). Every link leaves for a new top-level tab
 * without a referrer, so the help page never opens inside the host and we never learn where
 * the child came from.
 */
import { TIME_ZONE, webinarEnd } from '../lib/dates';
import { EMERGENCY_NUMBERS, telHref } from '../lib/helplines';
import { LANG_TAGS, type Lang } from '../lib/langs';
import type { WidgetFeed } from '../lib/widget-feed';
import type { WidgetText } from '../i18n/widget';

type Child = Node | string | false | null | undefined;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

export interface ViewInput {
  lang: Lang;
  text: WidgetText;
  /** Absolute URL of the help page, with the region and the tier if they were given. */
  helpUrl: string;
  /** Absolute URL of the case page, where a child with a case code reads the answer. */
  caseUrl: string;
  /** Lessons to show; `undefined` while loading, `null` when the feed failed or no audience was given. */
  feed: WidgetFeed | null | undefined;
  /** The feed could not be read: say so, and keep help and numbers. */
  failed: boolean;
  limit: number;
  /** Puts any URL of the feed on the widget's own origin (the script's). */
  onOrigin: (url: string) => string;
}

export function view({ lang, text, helpUrl, caseUrl, feed, failed, limit, onOrigin }: ViewInput): HTMLElement {
  const away = (href: string, attributes: Record<string, string>, ...children: Child[]) =>
    h('a', { href, target: '_blank', rel: 'noopener noreferrer', ...attributes }, ...children, h('span', { class: 'sr' }, ` (${text['widget.newTab']})`));
  const when = new Intl.DateTimeFormat(LANG_TAGS[lang], {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  });

  const numbers = h(
    'nav',
    { 'aria-label': text['helplines.label'] },
    h('p', { class: 'muted' }, text['helplines.lead']),
    h(
      'ul',
      { class: 'tel' },
      ...EMERGENCY_NUMBERS.map((number) => h('li', {}, h('a', { href: telHref(number) }, h('b', {}, number), ` ${text[`widget.number.${number}`]}`))),
    ),
  );
  const lessons =
    feed &&
    feed.lessons.length > 0 &&
    h(
      'section',
      {},
      h('h3', {}, text['home.latest']),
      h(
        'ul',
        { 'data-lessons': '' },
        ...feed.lessons.slice(0, limit).map((lesson) =>
          h(
            'li',
            { class: 'lesson' },
            h('img', {
              src: onOrigin(lesson.cover.url),
              alt: '',
              width: '64',
              height: '36',
              loading: 'lazy',
              decoding: 'async',
              referrerpolicy: 'no-referrer',
            }),
            h('div', {}, h('span', { class: 'kind' }, text[`kind.${lesson.kind}`]), ' ', away(onOrigin(lesson.url), {}, lesson.title)),
          ),
        ),
      ),
      away(onOrigin(feed.homeUrl), { class: 'muted' }, text['widget.all']),
    );
  const next = feed?.nextWebinar;
  // The feed names the next webinar as of its build; one that has ended since is not shown.
  const webinar = next && webinarEnd(new Date(next.startsAt), next.durationMinutes).getTime() > Date.now() ? next : undefined;
  return h(
    'section',
    { class: 'w', lang: LANG_TAGS[lang], 'aria-label': text['widget.label'] },
    h('h2', {}, text['widget.label']),
    away(helpUrl, { class: 'help', 'data-help': '' }, text['widget.help']),
    h('p', { class: 'muted', 'data-help-limit': '' }, text['widget.help.limit']),
    away(caseUrl, { class: 'case', 'data-case': '' }, text['widget.case']),
    numbers,
    lessons,
    webinar &&
      h(
        'section',
        { 'data-webinar': '' },
        h('h3', {}, text['home.nextWebinar']),
        h('p', {}, away(onOrigin(webinar.url), {}, webinar.title)),
        h('p', { class: 'muted' }, `${when.format(new Date(webinar.startsAt))} (${text['webinar.timeZone']})`),
      ),
    failed && h('p', { class: 'muted', 'data-offline': '' }, text['widget.offline']),
  );
}
