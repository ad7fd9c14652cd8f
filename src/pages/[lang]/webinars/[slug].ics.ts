import type { APIRoute } from 'astro';
import { buildIcs } from '../../../lib/ics';
import { absoluteUrl, lessonPath } from '../../../lib/paths';
import { getLessons } from '../../../site/catalog';

// The address only: a webinar's cover cannot be copied to the worker that renders the file (src/site/lesson-pages.ts).
export async function getStaticPaths() {
  const webinars = await getLessons('webinars');
  return webinars.map((webinar) => ({ params: { lang: webinar.lang, slug: webinar.slug } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const webinar = (await getLessons('webinars')).find((candidate) => candidate.lang === params['lang'] && candidate.slug === params['slug']);
  if (!webinar) throw new Error(`No webinar at ${params['lang']}/${params['slug']}`);
  const url = absoluteUrl(lessonPath(webinar.lang, 'webinars', webinar.slug), site!);
  const body = buildIcs({
    uid: `${webinar.lang}-${webinar.slug}@${new URL(url).host}`,
    start: new Date(webinar.entry.data.startsAt),
    durationMinutes: webinar.entry.data.durationMinutes,
    title: webinar.title,
    description: `${webinar.summary}\n${url}`,
    url,
    location: webinar.entry.data.join ?? url,
    stamp: webinar.updatedAt ?? webinar.publishedAt,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
