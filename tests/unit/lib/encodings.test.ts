import { describe, expect, it } from 'vitest';
import { acceptedEncodings, brotliQuality, textFileType, worthPrecompressing } from '../../../src/lib/encodings';

describe('the encodings a client accepts', () => {
  it('prefer brotli to gzip when both are accepted alike, whatever their order', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  });

  it('follow the weights the client gives', () => {
    expect(acceptedEncodings('br;q=0.5, gzip;q=1.0')).toEqual(['gzip', 'br']);
  });

  it('leave out what the client refuses or does not name, and give nothing to a client that names none', () => {
    expect(acceptedEncodings('gzip;q=0, br')).toEqual(['br']);
    expect(acceptedEncodings('br;q=0, gzip;q=0')).toEqual([]);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings('deflate')).toEqual([]);
    expect(acceptedEncodings('')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('read a wildcard, the old x-gzip and odd spacing and case', () => {
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0.1, gzip')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('x-gzip')).toEqual(['gzip']);
    expect(acceptedEncodings(' GZIP ; Q=0.8 ,BR')).toEqual(['br', 'gzip']);
  });
});

describe('the files the build compresses', () => {
  it('are text over 1 KB', () => {
    expect(worthPrecompressing('/kk/index.html', 26_000)).toBe(true);
    expect(worthPrecompressing('/feeds/kk/11-14.json', 4000)).toBe(true);
    expect(worthPrecompressing('/embed.js', 627)).toBe(false);
    expect(worthPrecompressing('/media/cover.jpg', 90_000)).toBe(false);
    expect(worthPrecompressing('/media/video.mp4', 900_000)).toBe(false);
  });

  it('get the smallest brotli copy for scripts and styles, a faster one for pages, feeds and codes, which grow with the lessons', () => {
    for (const path of ['/_astro/LessonSearch.Bq3x.js', '/_astro/index.C2x.css', '/widget.js', '/sw.js']) expect(brotliQuality(path), path).toBe(11);
    for (const path of ['/kk/articles/x/index.html', '/feeds/kk/11-14.json', '/sitemap-0.xml', '/qr/kk/help.svg']) expect(brotliQuality(path), path).toBe(8);
  });

  it('keep the type of the original in their answer', () => {
    expect(textFileType('/widget.js')).toBe('text/javascript; charset=utf-8');
    expect(textFileType('/kk/index.html')).toBe('text/html; charset=utf-8');
    expect(textFileType('/posters/qr.SVG')).toBe('image/svg+xml');
    expect(textFileType('/media/cover.jpg')).toBeUndefined();
  });
});
