/** `/{lang}/{audience}/rss.xml`: the lessons written for one audience, newest first. */
import type { APIRoute } from 'astro';
import { audienceStaticPaths, type AudiencePageProps } from '../../../site/lang-pages';
import { lessonRss } from '../../../site/rss-items';

export const getStaticPaths = audienceStaticPaths;

export const GET: APIRoute<AudiencePageProps> = ({ props, site }) => {
  const { lang, audience } = props;
  if (!site) throw new Error("RSS needs the site's URL: set site in astro.config.mjs");
  return lessonRss(lang, audience, site);
};
