/**
 * `/sw.js`: keeps the emergency numbers reachable without a network. Bundled by
 * src/integrations/service-worker.ts, which fills in the build's version and the kept files.
 *
 * - Install: fetches the kept pages (src/lib/offline.ts) and their styles into this build's cache.
 * - Activate: deletes the caches of older builds.
 * - A navigation goes to the network as always (with navigation preload, so a cheap phone does
 *   not wait for the worker to start); only when that fails does a public page get a kept one.
 * - Nothing a visitor opens is ever written to a cache: no lesson, help page, case, API answer or
 *   inbox page, so a shared phone keeps no trace of what a child read or asked.
 */
import { CACHE_PREFIX, answersOffline, cacheName, offlineAnswerFor } from '../lib/offline';

/** Filled in at build time. */
declare const SW_VERSION: string;
declare const SW_KEPT: string[];

// The project compiles with the DOM's types; these are the parts of a worker's scope used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly navigationPreload?: { enable(): Promise<void> } };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE = cacheName(SW_VERSION);
const KEPT = new Set(SW_KEPT);
/** A kept file is one file whatever the encoding or headers a request names, so `Vary` is ignored. */
const KEPT_MATCH: MultiCacheQueryOptions = { cacheName: CACHE, ignoreVary: true };

worker.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so the kept copies are this build's and not an older page.
  const requests = SW_KEPT.map((path) => new Request(path, { cache: 'reload', credentials: 'omit' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await worker.registration.navigationPreload?.enable();
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    // Every navigation is answered, the inbox's too, so a navigation preload is never sent twice.
    event.respondWith(navigate(event, url.pathname));
  } else if (KEPT.has(url.pathname)) {
    event.respondWith(kept(request));
  }
});

async function navigate(event: FetchEvent, pathname: string): Promise<Response> {
  try {
    return (await event.preloadResponse) ?? (await fetch(event.request));
  } catch {
    const answer = answersOffline(pathname) ? await caches.match(offlineAnswerFor(pathname), KEPT_MATCH) : undefined;
    return answer ?? Response.error();
  }
}

/** A kept file is the same for everyone and versioned with this worker, so the cache answers first. */
async function kept(request: Request): Promise<Response> {
  return (await caches.match(request, KEPT_MATCH)) ?? fetch(request);
}
