// HazChem sign-out on this device (every signed-in page). What the assessment page keeps for offline work
// belongs to the signed-in user: the page copies in the service worker's cache (hazchem-shell-*), the queue of
// unsent answers and photos (IndexedDB hazchem-offline) and the item versions (localStorage). Signing out
// clears them (the sign-out answer also sends Clear-Site-Data, which browsers honour on HTTPS and localhost
// only). When the queue still holds operations, the user is asked first: they are deleted only on purpose.
// Without JavaScript nothing is queued on the device and the form posts as it is.
(function () {
  'use strict';
  var DB = 'hazchem-offline', STORE = 'ops';

  // How many operations are queued (all pages and users); 0 when there is no queue. Opening must not create
  // the database: an upgrade here means it did not exist, so the opening is aborted.
  function pending() {
    return new Promise(function (resolve) {
      if (!window.indexedDB) { resolve(0); return; }
      var request = indexedDB.open(DB);
      request.onupgradeneeded = function () { request.transaction.abort(); };
      request.onerror = function (event) { if (event.preventDefault) event.preventDefault(); resolve(0); };
      request.onsuccess = function () {
        var database = request.result;
        if (!database.objectStoreNames.contains(STORE)) { database.close(); resolve(0); return; }
        var count = database.transaction(STORE).objectStore(STORE).count();
        count.onsuccess = function () { database.close(); resolve(count.result); };
        count.onerror = function () { database.close(); resolve(0); };
      };
    });
  }

  function clear() {
    var work = [];
    if (window.indexedDB) {
      work.push(new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase(DB);
        request.onsuccess = request.onerror = function () { resolve(); };
        request.onblocked = function () { setTimeout(resolve, 1000); };
      }));
    }
    if (window.caches) {
      work.push(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) { return name.indexOf('hazchem-shell-') === 0; })
          .map(function (name) { return caches.delete(name); }));
      }).catch(function () {}));
    }
    try {
      Object.keys(localStorage).forEach(function (key) {
        if (key.indexOf('hazchem-version:') === 0) localStorage.removeItem(key);
      });
    } catch (e) { /* storage not available: nothing kept there */ }
    return Promise.all(work);
  }

  document.querySelectorAll('form[data-signout]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      pending().then(function (count) {
        if (count && !window.confirm('本设备上还有 ' + count + ' 项待同步的内容（检查结果或照片）尚未上传到服务器。\n'
            + '退出登录会把它们从本设备上删除，无法恢复。\n\n建议先取消，联网后等“待同步”消失再退出。\n确定仍要退出并删除吗？')) {
          return;
        }
        return clear().then(function () { form.submit(); });
      });
    });
  });
})();
