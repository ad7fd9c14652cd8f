import type { APIRoute } from 'astro';
import { buildIcs } from '../../../lib/ics';
import { absoluteUrl, lessonPath } from '../../../lib/paths';
import { getLessons, type Lesson } from '../../../site/catalog';

export async function getStaticPaths() {
  const webinars = await getLessons('webinars');
  return webinars.map((webinar) => ({ params: { lang: webinar.lang, slug: webinar.slug }, props: { webinar } }));
}

export const GET: APIRoute<{ webinar: Lesson<'webinars'> }> = ({ props, site }) => {
  const { webinar } = props;
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
