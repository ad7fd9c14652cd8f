/**
 * Open Graph and Twitter card tags: what a messenger or a social network shows when a page is
 * shared, i.e. its title, summary and cover.
 */
import { LANGS, type Lang } from './langs.ts';

/** Open Graph wants language_TERRITORY; Russian is tagged as spoken in Russia, as readers expect. */
export const OG_LOCALES: Record<Lang, string> = { kk: 'kk_KZ', ru: 'ru_RU' };

export interface ShareImage {
  /** Absolute URL of a raster image (messengers do not show SVG). */
  url: string;
  alt: string;
  width: number;
  height: number;
  /** MIME type, e.g. image/jpeg. */
  type: string;
}

export interface SharedPage {
  lang: Lang;
  siteName: string;
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  type: 'website' | 'article';
  image?: ShareImage | undefined;
  publishedAt?: Date | undefined;
  updatedAt?: Date | undefined;
  /** Whether the page exists in the other language too. */
  translated: boolean;
}

/** One `<meta>`: Open Graph uses `property`, Twitter uses `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export function shareTags(page: SharedPage): MetaTag[] {
  const og = (property: string, content: string | number): MetaTag => ({ property: `og:${property}`, content: String(content) });
  const twitter = (name: string, content: string): MetaTag => ({ name: `twitter:${name}`, content });
  const { image } = page;
  return [
    og('type', page.type),
    og('site_name', page.siteName),
    og('title', page.title),
    og('description', page.description),
    og('url', page.url),
    og('locale', OG_LOCALES[page.lang]),
    ...(page.translated ? LANGS.filter((lang) => lang !== page.lang).map((lang) => og('locale:alternate', OG_LOCALES[lang])) : []),
    ...(image
      ? [og('image', image.url), og('image:type', image.type), og('image:width', image.width), og('image:height', image.height), og('image:alt', image.alt)]
      : []),
    ...(page.type === 'article' && page.publishedAt ? [{ property: 'article:published_time', content: page.publishedAt.toISOString() }] : []),
    ...(page.type === 'article' && page.updatedAt ? [{ property: 'article:modified_time', content: page.updatedAt.toISOString() }] : []),
    twitter('card', image ? 'summary_large_image' : 'summary'),
    twitter('title', page.title),
    twitter('description', page.description),
    ...(image ? [twitter('image', image.url), twitter('image:alt', image.alt)] : []),
  ];
}
