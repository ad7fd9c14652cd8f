/** Serves content/media files (videos, captions) as static files of the built site. */
import type { APIRoute } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { MEDIA_DIR, mediaType } from '../../lib/media';

const SERVED = /\.(mp4|webm|vtt)$/;

export async function getStaticPaths() {
  const files = await readdir(MEDIA_DIR, { recursive: true });
  return files.filter((file) => SERVED.test(file)).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  const body = await readFile(new URL(file, MEDIA_DIR));
  return new Response(body, { headers: { 'Content-Type': mediaType(file) } });
};
