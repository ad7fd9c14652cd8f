/** `/{lang}/rss.xml`: every lesson of the language, newest first. */
import type { APIRoute } from 'astro';
import { isLang } from '../../lib/langs';
import { langStaticPaths } from '../../lang-pages';
import { lessonRss } from '../../rss';

export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { lang } = params;
  if (!isLang(lang) || !site) throw new Error(`RSS needs a language and the site's URL, got ${lang}`);
  return lessonRss(lang, undefined, site);
};
