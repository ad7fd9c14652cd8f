import { XMLParser } from 'fast-xml-parser';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { LANGS, field, firstLesson, listField, publishedLessons, type Lang, type LessonFile } from './fixtures/content';

/** How a child without a Kazakh keyboard types each Kazakh letter. */
const PLAIN: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
const KAZAKH_LETTER = /[әғқңөұүһі]/i;
const typedPlain = (word: string, i = 'и') => word.toLowerCase().replace(/[әғқңөұүһі]/g, (letter) => (letter === 'і' ? i : PLAIN[letter]!));

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'item', 'category', 'xhtml:link'].includes(name),
});

/** Fetches an XML file, checks it is well-formed with the browser's own parser, and reads it. */
async function fetchXml(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  const errors = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    return [...doc.getElementsByTagName('parsererror')].map((error) => error.textContent);
  }, text);
  expect(errors, `${path} is well-formed XML`).toEqual([]);
  return { type: response.headers()['content-type'] ?? '', doc: xml.parse(text) };
}

/**
 * A word with Kazakh-only letters from a real Kazakh lesson title, the rarest among the titles
 * (then the longest), so its lesson is among the first results; and that lesson.
 */
function kazakhTitleWord(): { lesson: LessonFile; word: string } {
  const lessons = publishedLessons('kk');
  const titleWords = (lesson: LessonFile) =>
    field(lesson, 'title')!
      .toLowerCase()
      .split(/[^\p{L}]+/u);
  const candidates = lessons.flatMap((lesson) =>
    titleWords(lesson)
      .filter((word) => word.length >= 5 && KAZAKH_LETTER.test(word))
      .map((word) => ({ lesson, word, titles: lessons.filter((other) => titleWords(other).includes(word)).length })),
  );
  const best = candidates.sort((a, b) => a.titles - b.titles || b.word.length - a.word.length)[0];
  if (!best) throw new Error('No Kazakh lesson title has a word with Kazakh letters');
  return best;
}

/** Astro drops `ssr` from an island once it has hydrated: before that, the box is a plain form. */
async function untilHydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function search(page: Page, lang: Lang, words: string) {
  await page.goto(`/${lang}/search/`);
  await untilHydrated(page);
  await page.locator('#search-query').fill(words);
  await page.locator('#search-query').press('Enter');
  await expect(page.locator('[role="status"]')).not.toBeEmpty();
}

const isAbsolute = (url: unknown) => typeof url === 'string' && /^https?:\/\/[^/]+\//.test(url);
const longestWord = (text: string) => text.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;

const resultLinks = (page: Page) => page.locator('[data-search-result] h2 a');

/** The number the status line announces. */
async function announcedCount(page: Page): Promise<number> {
  await expect(page.locator('[data-search-status="done"]')).toBeVisible();
  return Number((await page.locator('[role="status"]').textContent())?.match(/\d+/)?.[0] ?? 0);
}

test.describe('searching', () => {
  const { lesson, word } = kazakhTitleWord();

  test(`a Kazakh word from a lesson title («${word}») finds the lesson, and the count is announced`, async ({ page }) => {
    await search(page, 'kk', word);
    await expect(resultLinks(page).and(page.locator(`[href="${lesson.path}"]`))).toBeVisible();
    await expect(page.locator('[role="status"]')).toHaveText(/\d+ сабақ табылды/);
    expect(page.url()).toContain(`q=${encodeURIComponent(word)}`);
  });

  test(`the same word typed without Kazakh letters («${typedPlain(word)}») finds it too, in the same order`, async ({ page }) => {
    await search(page, 'kk', word);
    const order = await resultLinks(page).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    for (const plain of new Set([typedPlain(word, 'и'), typedPlain(word, 'ы'), typedPlain(word, 'и').toUpperCase()])) {
      await search(page, 'kk', plain);
      await expect(resultLinks(page).and(page.locator(`[href="${lesson.path}"]`)), plain).toBeVisible();
      expect(await resultLinks(page).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))), plain).toEqual(order);
    }
  });

  test('a Russian word from a Russian lesson title finds it', async ({ page }) => {
    const russian = publishedLessons('ru')[0]!;
    await search(page, 'ru', longestWord(field(russian, 'title')!));
    await expect(resultLinks(page).and(page.locator(`[href="${russian.path}"]`))).toBeVisible();
    await expect(page.locator('[role="status"]')).toHaveText(/Найден/);
  });

  test('filters narrow the results to the chosen audience, then to the chosen kind', async ({ page }) => {
    // The audience with most lessons among those where a kind filter leaves some but not all.
    const lessons = publishedLessons('kk');
    const pairs = [...new Set(lessons.flatMap((item) => listField(item, 'audiences')))].flatMap((audience) => {
      const forAudience = lessons.filter((item) => listField(item, 'audiences').includes(audience));
      return (['articles', 'videos', 'webinars'] as const)
        .filter((kind) => forAudience.some((item) => item.kind === kind) && forAudience.some((item) => item.kind !== kind))
        .map((kind) => ({ audience, kind, forAudience }));
    });
    const pair = pairs.sort((a, b) => b.forAudience.length - a.forAudience.length)[0];
    if (!pair)
      throw new Error('This test needs an audience with published Kazakh lessons of more than one kind (e.g. an article and a video); content/ has none.');
    const { audience, kind, forAudience } = pair;

    await page.goto('/kk/search/');
    await untilHydrated(page);
    await page.locator('#search-audience').selectOption(audience);
    expect(await announcedCount(page)).toBe(forAudience.length);
    for (const shown of await page
      .locator('[data-search-result] [data-audiences]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-audiences')))) {
      expect(shown!.split(' ')).toContain(audience);
    }

    await page.locator('#search-kind').selectOption(kind);
    await expect(page.locator('[role="status"]')).toHaveText(new RegExp(`^${forAudience.filter((item) => item.kind === kind).length} `));
    const links = await resultLinks(page).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeLessThan(forAudience.length);
    for (const href of links) expect(href).toMatch(new RegExp(`^/kk/${kind}/`));
    expect(page.url()).toMatch(new RegExp(`audience=${audience}.*kind=${kind}|kind=${kind}.*audience=${audience}`));
  });

  test('works with the keyboard alone: type, Enter, then Tab through the filters to the first result', async ({ page }) => {
    await page.goto('/kk/search/');
    await untilHydrated(page);
    await page.locator('#search-query').focus();
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await expect(resultLinks(page).first()).toBeVisible();
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Tab');
      if (
        await resultLinks(page)
          .first()
          .evaluate((link) => link === document.activeElement)
      )
        return;
    }
    throw new Error('Tab never reached the first result');
  });

  test('a search can be linked: the address carries the words and the filters', async ({ page }) => {
    await page.goto(`/kk/search/?q=${encodeURIComponent(word)}`);
    await expect(page.locator('#search-query')).toHaveValue(word);
    await expect(resultLinks(page).and(page.locator(`[href="${lesson.path}"]`))).toBeVisible();
  });

  test('loads the index only from our origin, and only on the search page', async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(lesson.path);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await search(page, 'kk', word);
    const index = requested.filter((url) => url.includes('/pagefind/'));
    expect(index.length).toBeGreaterThan(0);
    for (const url of index) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });

  for (const lang of LANGS) {
    test(`every page header links to the search page in ${lang} without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/`);
      await page.locator('header [data-search-link]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/$`));
      await expect(page.locator('noscript')).toHaveCount(1);
      await context.close();
    });

    test(`the ${lang} search page with results has no accessibility violations (axe)`, async ({ page }) => {
      await search(page, lang, lang === 'kk' ? word : longestWord(field(publishedLessons('ru')[0]!, 'title')!));
      await expect(resultLinks(page).first()).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe('subscribing', () => {
  for (const lang of LANGS) {
    test(`/${lang}/rss.xml is RSS 2.0 with every ${lang} lesson as an absolute link and its summary`, async ({ page }) => {
      const { type, doc } = await fetchXml(page, `/${lang}/rss.xml`);
      expect(type).toMatch(/xml/);
      const channel = doc.rss.channel;
      expect(doc.rss['@version']).toBe('2.0');
      expect(channel.language).toBe(`${lang}-KZ`);
      expect(new URL(channel['atom:link']['@href']).pathname).toBe(`/${lang}/rss.xml`);
      const items: { link: string; description: string; pubDate: string; title: string }[] = channel.item ?? [];
      const paths = items.map((item) => new URL(item.link).pathname).sort();
      expect(paths).toEqual(
        publishedLessons(lang)
          .map((lesson) => lesson.path)
          .sort(),
      );
      for (const item of items) {
        expect(item.link).toMatch(/^https?:\/\//);
        expect(item.description.length).toBeGreaterThan(10);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
      const first = items[0]!;
      expect((await page.request.get(new URL(first.link).pathname)).status()).toBe(200);
    });
  }

  test('each audience has its own feed with only its lessons, and its page offers it', async ({ page }) => {
    const audience = '11-14';
    const { doc } = await fetchXml(page, `/kk/${audience}/rss.xml`);
    const paths = (doc.rss.channel.item ?? []).map((item: { link: string }) => new URL(item.link).pathname).sort();
    const expected = publishedLessons('kk')
      .filter((lesson) => listField(lesson, 'audiences').includes(audience))
      .map((lesson) => lesson.path)
      .sort();
    expect(paths).toEqual(expected);
    await page.goto(`/kk/${audience}/`);
    await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href="/kk/${audience}/rss.xml"]`)).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href="/kk/rss.xml"]')).toHaveCount(1);
  });
});

test.describe('search engines', () => {
  test('robots.txt keeps admin, API and case pages out and names the sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    for (const path of ['/admin/', '/api/', '/kk/help/case/', '/ru/help/case/']) expect(text).toContain(`Disallow: ${path}`);
    const sitemap = text.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(new URL(sitemap!).pathname).toBe('/sitemap-index.xml');
  });

  test('the sitemap lists every lesson with its kk/ru alternates and no private page', async ({ page }) => {
    const { doc: index } = await fetchXml(page, '/sitemap-index.xml');
    const urls: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] = [];
    for (const sitemap of index.sitemapindex.sitemap) {
      const { doc } = await fetchXml(page, new URL(sitemap.loc).pathname);
      urls.push(...doc.urlset.url);
    }
    const paths = urls.map((url) => new URL(url.loc).pathname);
    for (const lang of LANGS) for (const lesson of publishedLessons(lang)) expect(paths).toContain(lesson.path);
    expect(paths).not.toContain('/');
    for (const path of paths) expect(path).not.toMatch(/^\/(admin|api)\/|\/help\/case\//);

    // Where a lesson has a translation, the sitemap pairs the same pages as the page's own head does.
    const translated = publishedLessons('kk').find((kk) => publishedLessons('ru').some((ru) => field(ru, 'translationKey') === field(kk, 'translationKey')));
    if (!translated)
      throw new Error('This test needs a published Kazakh lesson with a published Russian translation (same `translationKey`); content/ has none.');
    await page.goto(translated.path);
    const inHead = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`).sort());
    const entry = urls.find((url) => new URL(url.loc).pathname === translated.path)!;
    const inSitemap = (entry['xhtml:link'] ?? []).map((link) => `${link['@hreflang']} ${new URL(link['@href']).pathname}`).sort();
    expect(inSitemap).toEqual(inHead);
    expect(inSitemap.map((line) => line.split(' ')[0])).toEqual(['kk-KZ', 'ru-KZ']);
  });

  async function structuredData(page: Page, path: string): Promise<Record<string, unknown>[]> {
    await page.goto(path);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts.length).toBeGreaterThan(0);
    return scripts.flatMap((text) => {
      const data = JSON.parse(text) as { '@context': string; '@graph'?: Record<string, unknown>[] };
      expect(data['@context']).toBe('https://schema.org');
      return data['@graph'] ?? [data];
    });
  }

  const byType = (nodes: Record<string, unknown>[], type: string) => {
    const node = nodes.find((candidate) => candidate['@type'] === type);
    expect(node, `a ${type} node`).toBeDefined();
    // JSON-LD as the page wrote it: the assertions that read it are what check its shape.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return node as Record<string, any>;
  };

  for (const lang of LANGS) {
    test(`an article in ${lang} carries Article and BreadcrumbList data`, async ({ page }) => {
      const lesson = firstLesson('articles', lang);
      const nodes = await structuredData(page, lesson.path);
      const article = byType(nodes, 'Article');
      expect(article.headline).toBe(field(lesson, 'title'));
      expect(article.description).toBeTruthy();
      expect(isAbsolute(article.image[0])).toBe(true);
      expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(article.inLanguage).toBe(`${lang}-KZ`);
      expect(article.author.name).toBeTruthy();
      expect(article.publisher['@type']).toBe('Organization');
      const crumbs = byType(nodes, 'BreadcrumbList').itemListElement as { position: number; item: string; name: string }[];
      expect(crumbs.map((crumb) => crumb.position)).toEqual(crumbs.map((_, index) => index + 1));
      expect(new URL(crumbs.at(-1)!.item).pathname).toBe(lesson.path);
      for (const crumb of crumbs) expect(isAbsolute(crumb.item)).toBe(true);
    });
  }

  test('a video carries VideoObject data with duration, file or player, transcript and captions', async ({ page }) => {
    const lesson = firstLesson('videos', 'kk');
    const video = byType(await structuredData(page, lesson.path), 'VideoObject');
    expect(video.name).toBe(field(lesson, 'title'));
    expect(video.description).toBeTruthy();
    expect(isAbsolute(video.thumbnailUrl[0])).toBe(true);
    expect(video.uploadDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(video.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
    expect(isAbsolute(video.contentUrl) || isAbsolute(video.embedUrl)).toBe(true);
    expect(String(video.transcript).length).toBeGreaterThan(20);
    expect(video.caption.length).toBeGreaterThan(0);
    for (const caption of video.caption) {
      expect(caption.encodingFormat).toBe('text/vtt');
      expect(caption.inLanguage).toMatch(/^(kk|ru)-KZ$/);
      expect((await page.request.get(new URL(caption.contentUrl).pathname)).status()).toBe(200);
    }
  });

  test('a webinar carries Event data: online, with its start and end offsets and a virtual location', async ({ page }) => {
    const lesson = firstLesson('webinars', 'kk');
    const event = byType(await structuredData(page, lesson.path), 'Event');
    expect(event.name).toBe(field(lesson, 'title'));
    expect(event.startDate).toBe(field(lesson, 'startsAt'));
    expect(event.startDate).toMatch(/T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/);
    expect(event.endDate).toMatch(/([+-]\d{2}:\d{2}|Z)$/);
    expect(Date.parse(event.endDate)).toBeGreaterThan(Date.parse(event.startDate));
    expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(event.location['@type']).toBe('VirtualLocation');
    expect(isAbsolute(event.location.url)).toBe(true);
    expect(event.organizer.name).toBeTruthy();
    expect(isAbsolute(event.image[0])).toBe(true);
  });
});

test.describe('sharing in a messenger', () => {
  for (const lang of LANGS) {
    test(`a ${lang} lesson previews with its title, summary and cover`, async ({ page }) => {
      const lesson = firstLesson('articles', lang);
      await page.goto(lesson.path);
      const meta = async (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      expect(await meta('og:title')).toBe(field(lesson, 'title'));
      expect(await meta('og:description')).toBe(field(lesson, 'summary'));
      expect(await meta('og:type')).toBe('article');
      expect(await meta('og:locale')).toBe(lang === 'kk' ? 'kk_KZ' : 'ru_RU');
      expect(new URL((await meta('og:url'))!).pathname).toBe(lesson.path);
      expect(await meta('twitter:title')).toBe(field(lesson, 'title'));
      const image = await meta('og:image');
      expect(isAbsolute(image)).toBe(true);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('og:image:alt')).toBeTruthy();
      const response = await page.request.get(new URL(image!).pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/(jpeg|png)/);
    });
  }
});
