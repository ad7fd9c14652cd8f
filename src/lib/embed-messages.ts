/**
 * The one message the iframe variant sends its host page: the height of its content, so that
 * /embed.js can size the iframe and the host never scrolls inside it. Shared by the embed page
 * (sender) and embed.js (receiver), so both agree on the shape.
 */
export const EMBED_HEIGHT_MESSAGE = 'zanbala:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** CSS pixels, a whole number. */
  height: number;
}

/** Tall enough for any real content; a bigger number is a mistake or an attack on the host's layout. */
export const MAX_EMBED_HEIGHT = 5000;

export function heightMessage(height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(height) };
}

export function isHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && Number.isInteger(height) && height > 0 && height <= MAX_EMBED_HEIGHT;
}

/**
 * Where the embed page posts its height: the host's origin when the browser tells it
 * (`location.ancestorOrigins` in Chromium and Safari, else the referrer's origin), `*` only when
 * neither does (Firefox with our snippet, which sends no referrer). A height is no secret, but an
 * explicit target keeps it from any other window where the browser allows one.
 */
export function hostOrigin(ancestorOrigins: ArrayLike<string> | undefined, referrer: string): string {
  const first = ancestorOrigins?.[0];
  if (first && first !== 'null') return first;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? '*' : origin;
  } catch {
    return '*';
  }
}
