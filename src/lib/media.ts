import { pathToFileURL } from 'node:url';

/** content/media, where editors put caption files and small videos. */
export const MEDIA_DIR = pathToFileURL(`${process.cwd()}/content/media/`);

/** URL path under which files from content/media are served. */
export const MEDIA_URL_PREFIX = '/media/';

export function isExternalUrl(value: string): boolean {
  return value.startsWith('https://');
}

/** Public URL of a file in content/media. */
export function mediaUrl(fileName: string): string {
  return `${MEDIA_URL_PREFIX}${fileName.split('/').map(encodeURIComponent).join('/')}`;
}

const MEDIA_TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  vtt: 'text/vtt; charset=utf-8',
};

/** MIME type of a media file by its extension. */
export function mediaType(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}
