/**
 * `/sw-register.js`, loaded by every public page: registers the offline worker (`/sw.js`) once
 * the page has loaded and the browser is idle, so it never competes with the page itself. Where
 * the browser has no service workers, or refuses one (a sandboxed frame on another site, a
 * private window, a host that blocks them), it does nothing and says nothing.
 */
import { serviceWorkerPath } from '../lib/paths';

function register(): void {
  try {
    navigator.serviceWorker?.register(serviceWorkerPath, { scope: '/' }).catch(() => undefined);
  } catch {
    // An opaque origin throws on merely reading navigator.serviceWorker.
  }
}

const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));

if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle, { once: true });
