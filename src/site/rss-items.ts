/** Writes a feed from src/lib/feeds.ts as RSS 2.0 with @astrojs/rss. */
import rss from '@astrojs/rss';
import { useTranslations } from '../i18n';
import type { Audience } from '../lib/audiences';
import { buildFeed, type Feed } from '../lib/feeds';
import { LANG_TAGS, type Lang } from '../lib/langs';
import { getAllLessons, getTopics } from './catalog';
import { escapeAttribute } from '../lib/html.ts';

export function rssResponse(feed: Feed): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The self link lets readers and validators find the feed's own address.
    customData: `<language>${LANG_TAGS[feed.lang]}</language><atom:link href="${escapeAttribute(feed.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      pubDate: item.publishedAt,
      categories: item.categories,
    })),
  });
}

/** The RSS of a language's lessons, or of one audience's. */
export async function lessonRss(lang: Lang, audience: Audience | undefined, site: URL): Promise<Response> {
  const t = useTranslations(lang);
  const topics = new Map((await getTopics()).map((topic) => [topic.id, topic.data.title[lang]]));
  const name = t('site.name');
  const feed = buildFeed(
    await getAllLessons(lang),
    { lang, audience },
    {
      site,
      title: audience ? t('feed.audienceTitle', { site: name, audience: t(`audience.${audience}`) }) : t('feed.title', { site: name }),
      description: audience ? t(`audience.${audience}.lead`) : t('site.description'),
      labels: {
        kind: (kind) => t(`kind.${kind}`),
        audience: (value) => t(`audience.${value}`),
        topic: (id) => topics.get(id) ?? id,
      },
    },
  );
  return rssResponse(feed);
}
