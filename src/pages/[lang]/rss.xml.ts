/** `/{lang}/rss.xml`: every lesson of the language, newest first. */
import type { APIRoute } from 'astro';
import { langStaticPaths, type LangPageProps } from '../../site/lang-pages';
import { lessonRss } from '../../site/rss-items';

export const getStaticPaths = langStaticPaths;

export const GET: APIRoute<LangPageProps> = ({ props, site }) => {
  const { lang } = props;
  if (!site) throw new Error("RSS needs the site's URL: set site in astro.config.mjs");
  return lessonRss(lang, undefined, site);
};
