import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { helpPath, lessonPath } from '../../../src/lib/paths';
import { QUIET_ZONE, channelQrUrl, qrMatrix, qrSvg, shortUrl, siteQrUrl } from '../../../src/lib/qr';

const SITE = 'https://zanbala.example.kz';

/** Paints the modules, quiet zone included, as RGBA pixels and reads them back as a phone would. */
function decode(matrix: boolean[][], scale = 4): string | undefined {
  const modules = matrix.length + 2 * QUIET_ZONE;
  const side = modules * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - QUIET_ZONE;
      const col = Math.floor(x / scale) - QUIET_ZONE;
      if (matrix[row]?.[col]) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data;
}

describe('what a QR code points to', () => {
  it('is an absolute URL on the configured origin, whatever path the page gives', () => {
    expect(siteQrUrl(helpPath('kk', 'abai'), SITE)).toBe(`${SITE}/kk/help/?region=abai`);
    expect(siteQrUrl(lessonPath('ru', 'articles', 'bullying-what-it-is'), `${SITE}/`)).toBe(`${SITE}/ru/articles/bullying-what-it-is/`);
  });

  it('refuses anything but a region in the query, so no code can name a child or a class', () => {
    expect(() => siteQrUrl('/kk/help/?region=abai&class=5a', SITE)).toThrow(/only a region/);
    expect(() => siteQrUrl('/kk/help/?student=42', SITE)).toThrow(/only a region/);
    expect(() => siteQrUrl('/kk/help/#aigul', SITE)).toThrow(/only a region/);
  });

  it('refuses another origin for a page of the site', () => {
    expect(() => siteQrUrl('https://evil.example/kk/help/', SITE)).toThrow(/must point to/);
  });

  it("keeps a messenger channel's https link and refuses one with a query or without https", () => {
    expect(channelQrUrl('https://t.me/astana_prokuratura_bot')).toBe('https://t.me/astana_prokuratura_bot');
    expect(() => channelQrUrl('http://t.me/bot')).toThrow(/https/);
    expect(() => channelQrUrl('https://wa.me/7700000000?text=I am Aigul from 5A')).toThrow();
  });

  it('prints the address under the code without its scheme', () => {
    expect(shortUrl('https://www.zanbala.kz/kk/help/?region=abai')).toBe('zanbala.kz/kk/help/?region=abai');
    expect(shortUrl('http://localhost:4321/ru/posters/')).toBe('localhost:4321/ru/posters/');
  });
});

describe('the code itself', () => {
  it('decodes back to the URL it was made from', () => {
    const url = siteQrUrl(helpPath('ru', 'east-kazakhstan'), SITE);
    expect(decode(qrMatrix(url))).toBe(url);
  });

  it('is a square SVG with the quiet zone, black on white, with the URL as its text alternative', () => {
    const url = `${SITE}/kk/help/?region=abai`;
    const svg = qrSvg(url, `QR: ${url}`);
    const modules = qrMatrix(url).length + 2 * QUIET_ZONE;
    expect(svg).toContain(`viewBox="0 0 ${modules} ${modules}"`);
    expect(svg).toContain(`role="img" aria-label="QR: ${url}"`);
    expect(svg).toContain('fill="#fff"');
    expect(svg).toContain('stroke="#000"');
  });

  it('draws exactly the dark modules of the code', () => {
    const url = `${SITE}/kk/articles/cyberbullying-in-chats/`;
    const matrix = qrMatrix(url);
    const drawn = matrix.map((row) => row.map(() => false));
    const path = qrSvg(url, url).match(/ d="([^"]+)"/)![1]!;
    let x = 0;
    let y = 0;
    for (const [, move, dx, dy, run] of path.matchAll(/([Mm])([\d.]+) ([\d.]+)h(\d+)/g)) {
      x = move === 'M' ? Number(dx) - QUIET_ZONE : x + Number(dx);
      if (move === 'M') y = Number(dy) - 0.5 - QUIET_ZONE;
      for (let step = 0; step < Number(run); step += 1) drawn[y]![x + step] = true;
      x += Number(run);
    }
    expect(drawn).toEqual(matrix);
  });

  it('escapes the text alternative', () => {
    expect(qrSvg('x', 'a "b" & <c>')).toContain('aria-label="a &quot;b&quot; &amp; &lt;c&gt;"');
  });
});
