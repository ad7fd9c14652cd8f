import type { Lang } from './langs.ts';

/** A video hosted elsewhere: the page to link to, and the player to load after the viewer asks. */
export interface ExternalVideo {
  host: string;
  pageUrl: string;
  /** Player URL, or undefined when the host is not one we know how to embed. */
  embedUrl: string | undefined;
}

const YOUTUBE_ID = /^[\w-]{11}$/;

function youtubeId(url: URL): string | undefined {
  const host = url.hostname.replace(/^www\.|^m\./, '');
  const candidate =
    host === 'youtu.be'
      ? url.pathname.slice(1)
      : host === 'youtube.com'
        ? (url.searchParams.get('v') ?? url.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)/)?.[1])
        : undefined;
  return candidate && YOUTUBE_ID.test(candidate) ? candidate : undefined;
}

function vimeoId(url: URL): string | undefined {
  if (url.hostname.replace(/^www\./, '') !== 'vimeo.com') return undefined;
  return url.pathname.match(/^\/(\d+)/)?.[1];
}

/** Reads a video host link; YouTube goes through its no-cookie domain. */
export function externalVideo(pageUrl: string): ExternalVideo {
  const url = new URL(pageUrl);
  const youtube = youtubeId(url);
  const vimeo = vimeoId(url);
  const embedUrl = youtube
    ? `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1`
    : vimeo
      ? `https://player.vimeo.com/video/${vimeo}?autoplay=1&dnt=1`
      : undefined;
  return { host: url.hostname.replace(/^www\./, ''), pageUrl: url.href, embedUrl };
}

export interface CaptionTrack {
  lang: Lang;
  file: string;
}

/** Caption tracks with the video's own language first, so players pick it by default. */
export function orderCaptions<T extends CaptionTrack>(captions: readonly T[], lang: Lang): T[] {
  return [...captions].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
}
