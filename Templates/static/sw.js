// HazChem service worker for /assessments/: keeps the assessment page shell (the page, app.css, assessment.js)
// so a reload works without network. Network first: a page or file fetched while online replaces the kept copy;
// without network the kept copy is served. Answers and photos entered offline are kept by assessment.js in
// IndexedDB, not here. Bump VERSION when the shell changes; older caches are deleted on activation.
var VERSION = 'hazchem-shell-v1';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(VERSION).then(function (cache) {
    return cache.addAll(['/static/app.css', '/static/assessment.js']);
  }).then(function () { return self.skipWaiting(); }));
});

// On activation the pages already open (loaded before this worker existed, so not through it) are fetched once
// and kept: without this the very page that installed the worker could not be reloaded offline.
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('hazchem-shell-') === 0 && name !== VERSION;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () {
    return self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  }).then(function (windows) {
    return Promise.all(windows.map(function (client) {
      var request = new Request(client.url, { credentials: 'same-origin' });
      return kept(request) ? keep(request).catch(function () {}) : null;
    }));
  }).then(function () { return self.clients.claim(); }));
});

function kept(request) {
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== 'GET') return false;
  return /^\/assessments\/\d+$/.test(url.pathname) || url.pathname === '/static/app.css'
    || url.pathname === '/static/assessment.js' || /^\/photos\/\d+\/thumb$/.test(url.pathname);
}

function cacheKey(request) {
  var key = new URL(request.url);
  key.search = '';
  key.hash = '';
  return key.href;
}

// Fetches `request` and keeps a real answer (not an error nor a redirect to the sign-in page); the kept copy
// is written before the answer is passed on, so a reload right after sees it.
function keep(request) {
  return fetch(request).then(function (response) {
    if (!response.ok || response.redirected) return response;
    var copy = response.clone();
    return caches.open(VERSION).then(function (cache) { return cache.put(cacheKey(request), copy); })
      .then(function () { return response; }, function () { return response; });
  });
}

self.addEventListener('fetch', function (event) {
  if (!kept(event.request)) return;
  event.respondWith(keep(event.request).catch(function () {
    return caches.match(cacheKey(event.request)).then(function (hit) {
      return hit || new Response('离线：此页面尚未在本设备上打开过，无法离线显示。', {
        status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' }
      });
    });
  }));
});
