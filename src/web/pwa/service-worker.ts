/**
 * Registers the hand-written service worker (public/sw.js) that keeps the app shell and the
 * member's safety plan available offline. Production builds only: in development Vite serves
 * modules the worker would cache stale.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // This first visit loaded its scripts before the worker existed: hand it their
        // addresses, and load the plan page's code, so the plan opens offline too.
        const loaded = performance.getEntriesByType('resource').map((e) => e.name).filter((url) => new URL(url).pathname.startsWith('/assets/'));
        registration.active?.postMessage({ type: 'cache-assets', urls: loaded });
        void import('../pages/safety/plan-page.js').catch(() => undefined);
      })
      .catch(() => {
        // Without a worker the app still works online; nothing to tell the member.
      });
  });
}

/**
 * A shared phone must not keep someone's plan: after logout (or when the session ended) the
 * worker forgets the API answers it kept. The worker also does so itself on a 401.
 */
export function forgetPersonalData(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.controller?.postMessage({ type: 'forget-personal-data' });
  // The page shares the worker's cache storage: delete it here too, in case no worker controls this page.
  if ('caches' in window) void caches.delete('kindred-personal-v1').catch(() => undefined);
}
