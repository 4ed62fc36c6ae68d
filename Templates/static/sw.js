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

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('hazchem-shell-') === 0 && name !== VERSION;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function kept(request) {
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== 'GET') return false;
  return /^\/assessments\/\d+$/.test(url.pathname) || url.pathname === '/static/app.css'
    || url.pathname === '/static/assessment.js' || /^\/photos\/\d+\/thumb$/.test(url.pathname);
}

self.addEventListener('fetch', function (event) {
  if (!kept(event.request)) return;
  var key = new URL(event.request.url);
  key.search = '';
  key.hash = '';
  event.respondWith(fetch(event.request).then(function (response) {
    // Only real pages are kept (not a redirect to the sign-in page).
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(VERSION).then(function (cache) { cache.put(key.href, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(key.href).then(function (hit) {
      return hit || new Response('离线：此页面尚未在本设备上打开过，无法离线显示。', {
        status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' }
      });
    });
  }));
});
