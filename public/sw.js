/* global self, caches */
// Kindred's service worker, hand-written and small on purpose: it keeps the app shell and
// the member's safety plan available offline, and nothing else. Crisis lines are in the
// JavaScript bundle, so caching the shell is enough for them.
//   navigations        network first, else the cached index.html
//   /assets/*          cache first (hashed file names never change), cached as fetched
//   GET /api/me, /api/safety-plan
//                      network first; the latest good answer is kept for offline use
//   everything else    network only
// A shared phone must not keep someone's plan: the page asks us to forget the API answers
// on logout, and a 401 from the API does the same.

const SHELL = 'kindred-shell-v1';
const ASSETS = 'kindred-assets-v1';
const PERSONAL = 'kindred-personal-v1';
const KEEP = [SHELL, ASSETS, PERSONAL];
const PERSONAL_PATHS = ['/api/me', '/api/safety-plan'];
// Files outside /assets/ the shell shows (the header's logo): network first, kept for offline.
const SHELL_FILES = ['/icon.svg'];
const OFFLINE_HEADER = 'x-kindred-offline';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(['/', ...SHELL_FILES].map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('kindred-') && !KEEP.includes(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'forget-personal-data') event.waitUntil(caches.delete(PERSONAL));
  // The first visit's scripts were fetched before this worker existed; the page lists them.
  if (data.type === 'cache-assets' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((url) => typeof url === 'string' && new URL(url).origin === self.location.origin && new URL(url).pathname.startsWith('/assets/'));
    event.waitUntil(caches.open(ASSETS).then((cache) => Promise.all(urls.map((url) => cache.match(url).then((hit) => hit || cache.add(url).catch(() => undefined))))));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
  } else if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(url.pathname, { cacheName: SHELL }).then((hit) => hit || Response.error())));
  } else if (PERSONAL_PATHS.includes(url.pathname) && !url.search) {
    event.respondWith(personal(request));
  }
});

async function navigation(request) {
  try {
    const response = await fetch(request);
    // Every page is the same index.html; keep the newest (it names the current assets).
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      const cache = await caches.open(SHELL);
      await cache.put('/', response.clone());
    }
    return response;
  } catch (error) {
    const shell = await caches.match('/', { cacheName: SHELL });
    if (shell) return shell;
    throw error;
  }
}

async function asset(request) {
  const cached = await caches.match(request, { cacheName: ASSETS });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(ASSETS);
    await cache.put(request, response.clone());
  }
  return response;
}

async function personal(request) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cached = await caches.match(request, { cacheName: PERSONAL });
    if (!cached) throw error;
    // Tell the page this is the copy kept on the device.
    const headers = new Headers(cached.headers);
    headers.set(OFFLINE_HEADER, '1');
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
  }
  if (response.ok) {
    const cache = await caches.open(PERSONAL);
    await cache.put(request, response.clone());
  } else if (response.status === 401) {
    // Signed out (or the session ended elsewhere): nothing personal stays on the device.
    await caches.delete(PERSONAL);
  }
  return response;
}
