/**
 * `/widget.js`: defines `<zanbala-widget lang audience region limit theme>` (docs/embedding.md). Each element renders into its own shadow root from the static feed
 * `/feeds/{lang}/{audience}.json`, fetched from the origin this script came from, without
 * cookies or referrer. It stores nothing and asks no other origin for anything. When the feed
 * fails, the help button and the emergency numbers still show.
 *
 * Built by src/integrations/widget-bundle.ts, which puts the widget's strings in WIDGET_TEXT and
 * its signature in WIDGET_TOKEN.
 */
import { isAudience, isTier, type Audience } from '../lib/audiences';
import { DEFAULT_LANG, isLang, type Lang } from '../lib/langs';
import { declinesTracking } from '../lib/hit';
import { audiencePath, casePath, feedPath, helpPath, hitsPath } from '../lib/paths';
import type { WidgetFeed } from '../lib/widget-feed';
import { WIDGET_FEED_VERSION, isRegionId, widgetLimit } from '../lib/widget-options';
import type { WidgetText } from '../i18n/widget';
import { WIDGET_CSS } from './styles';
import { view } from './view';

declare const WIDGET_TEXT: Record<Lang, WidgetText>;
/** The widget's signature on its view counts (src/integrations/widget-bundle.ts): the counter counts a widget view only with it. */
declare const WIDGET_TOKEN: string;

/** Our origin: the one this script was loaded from, wherever the host page lives. */
const ORIGIN = new URL(import.meta.url).origin;

/** Keeps only the path of a URL and puts it on our origin: the widget never asks anyone else. */
const onOrigin = (url: string) => {
  const { pathname, search } = new URL(url, ORIGIN);
  return ORIGIN + pathname + search;
};

/** One request per feed, however many widgets share it. */
const feeds = new Map<string, Promise<WidgetFeed | null>>();

function loadFeed(url: string): Promise<WidgetFeed | null> {
  let feed = feeds.get(url);
  if (!feed) {
    feed = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: WidgetFeed | null) => (data?.version === WIDGET_FEED_VERSION && Array.isArray(data.lessons) ? data : null))
      .catch(() => null)
      // A failure is not remembered: the next render (a changed attribute) asks again.
      .then((result) => {
        if (!result) feeds.delete(url);
        return result;
      });
    feeds.set(url, feed);
  }
  return feed;
}

let sheet: CSSStyleSheet | undefined;

/** A constructed stylesheet is not an inline `<style>`, so a host CSP without 'unsafe-inline' allows it. */
function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(WIDGET_CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    (root as ShadowRoot).append(Object.assign(document.createElement('style'), { textContent: WIDGET_CSS }));
  }
}

class ZanbalaWidget extends HTMLElement {
  static observedAttributes = ['lang', 'audience', 'region', 'limit'];
  private readonly root = this.attachShadow({ mode: 'open' });
  /** Counts renders, so a slow feed cannot overwrite what newer attributes drew. */
  private renders = 0;
  /** A widget counts one view per page load, however often its attributes change. */
  private counted = false;

  connectedCallback() {
    adoptStyles(this.root);
    void this.render();
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.render();
  }

  private async render() {
    const render = ++this.renders;
    const attribute = (name: string) => this.getAttribute(name);
    const lang = isLang(attribute('lang')) ? (attribute('lang') as Lang) : DEFAULT_LANG;
    const audience = attribute('audience');
    const region = attribute('region');
    const base = {
      lang,
      text: WIDGET_TEXT[lang],
      // A tier's widget opens the help page in words for that age.
      helpUrl: ORIGIN + helpPath(lang, isRegionId(region) ? region : undefined, isTier(audience) ? audience : undefined),
      caseUrl: ORIGIN + casePath(lang),
      limit: widgetLimit(attribute('limit')),
      onOrigin,
    };
    // Help and numbers first, at once; lessons follow when the feed arrives.
    const known = isAudience(audience);
    this.root.replaceChildren(view({ ...base, feed: known ? undefined : null, failed: false }));
    if (!known) return;
    this.countView(lang, audience, isRegionId(region) ? region : '');
    const feed = await loadFeed(ORIGIN + feedPath(lang, audience));
    if (render === this.renders) this.root.replaceChildren(view({ ...base, feed, failed: !feed }));
  }

  /**
   * One view of the audience's lessons, by region, as the site's pages count theirs:
   * no cookie, no referrer (sendBeacon would send the host page's address), nothing stored,
   * nothing under GPC or DNT. A plain-text post needs no preflight; its answer is not read.
   */
  private countView(lang: Lang, audience: Audience, region: string) {
    const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
    if (this.counted || declinesTracking(nav, (window as Window & { doNotTrack?: string }).doNotTrack)) return;
    this.counted = true;
    const body = JSON.stringify({ path: audiencePath(lang, audience), lang, source: 'widget', region, token: WIDGET_TOKEN });
    fetch(ORIGIN + hitsPath, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'text/plain' },
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    }).catch(() => {});
  }
}

if (!customElements.get('zanbala-widget')) customElements.define('zanbala-widget', ZanbalaWidget);
