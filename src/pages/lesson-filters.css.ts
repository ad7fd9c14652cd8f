/** `/lesson-filters.css`: the rules of src/lib/lesson-filters.ts for every kind and topic. */
import type { APIRoute } from 'astro';
import { getTopics } from '../site/catalog';
import { lessonFilterRules } from '../lib/lesson-filters';
import { LESSON_KINDS } from '../lib/lessons';

export const GET: APIRoute = async () =>
  new Response(
    `${lessonFilterRules(
      LESSON_KINDS,
      (await getTopics()).map((topic) => topic.id),
    )}\n`,
    {
      headers: { 'Content-Type': 'text/css; charset=utf-8' },
    },
  );
