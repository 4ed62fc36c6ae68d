// HazChem assessment page: every checklist answer and photo is an operation kept on the device (IndexedDB) until
// the server has confirmed it, so nothing is lost when the network drops, the page is reloaded or the browser is
// closed. Operations are sent one at a time in the order they were made, each with its own Idempotency-Key (the
// server applies it once and answers a resend with the kept answer) and, for an answer, the version of the item
// the edit was based on (`base`): when someone else changed the item meanwhile the server refuses with 409 and
// the page shows what is stored instead of overwriting it. Unsent operations are shown as 待同步 and retried
// periodically (2 s doubling to 60 s) as well as on the browser's `online` event. Photos are downscaled here
// (2048 px JPEG, thumbnail 320 px) before they are queued. A service worker (/assessments/sw.js) keeps the page
// shell so a reload works offline. Without JavaScript every form posts normally and the page comes back.
(function () {
  'use strict';
  var panel = document.getElementById('score-panel');
  var totals = document.getElementById('checklist-totals');
  var checklist = document.getElementById('checklist');
  var DB = 'hazchem-offline', STORE = 'ops';
  // Operations belong to the user who made them: another user signed in on this device never sends them.
  var who = document.querySelector('.who[data-user]');
  var USER = who ? who.dataset.user : '';
  var others = 0;
  var flushing = false, delay = 2000, timer = null;

  // --- IndexedDB -------------------------------------------------------------------------------------------
  var opened = null;
  function db() {
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        var request = indexedDB.open(DB, 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
        };
        request.onsuccess = function () {
          // Signing out deletes the database (signout.js): let go of it, this page is about to leave.
          request.result.onversionchange = function () { request.result.close(); opened = null; };
          resolve(request.result);
        };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opened;
  }
  function tx(mode, work) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var t = database.transaction(STORE, mode);
        var result = work(t.objectStore(STORE));
        t.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }
  function allOps() {
    return tx('readonly', function (store) { return store.getAll(); }).then(function (ops) {
      var mine = function (op) { return !op.user || op.user === USER; };
      others = (ops || []).filter(function (op) { return !mine(op); }).length;
      return (ops || []).filter(function (op) { return op.page === location.pathname && mine(op); })
        .sort(function (a, b) { return a.seq - b.seq; });
    });
  }
  function putOp(op) { return tx('readwrite', function (store) { return store.put(op); }); }
  function deleteOp(seq) { return tx('readwrite', function (store) { store.delete(seq); }); }
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return 'k' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  // --- Display -------------------------------------------------------------------------------------------------
  var banner = document.createElement('p');
  banner.className = 'sync-status small';
  banner.setAttribute('aria-live', 'polite');
  if (checklist) checklist.insertBefore(banner, checklist.children[1] || null);

  function showCount() {
    return allOps().then(function (ops) {
      // A form with operations still queued or in flight is marked `data-saving` until all are answered.
      document.querySelectorAll('form[data-autosave]').forEach(function (form) {
        var waiting = ops.some(function (op) { return op.kind === 'item' && op.item === form.dataset.item; });
        if (waiting) form.dataset.saving = '1'; else delete form.dataset.saving;
      });
      var offline = navigator.onLine === false ? '离线：' : '';
      banner.textContent = ops.length ? offline + '待同步 ' + ops.length + ' 项（已保存在本设备，网络恢复后按顺序自动上传）'
        : offline ? '离线：新填写的内容将先保存在本设备' : '';
      if (others) banner.textContent += (banner.textContent ? '；' : '') + '本设备上还有其他用户的 ' + others
        + ' 项待同步，需由其本人登录后上传';
      banner.className = 'sync-status small' + (ops.length ? ' pending' : '');
      banner.id = 'sync-status';
      banner.dataset.pending = String(ops.length);
    });
  }
  function itemForm(item) { return document.querySelector('form[data-item="' + (window.CSS ? CSS.escape(item) : item) + '"]'); }
  function show(form, text, kind) {
    var state = form && form.querySelector('.save-state, .photo-state');
    if (state) {
      state.textContent = text;
      state.className = (state.classList.contains('photo-state') ? 'photo-state small ' : 'save-state ') + (kind || '');
    }
  }
  function showErrors(form, messages) {
    if (!form) return;
    form.querySelectorAll('.field-error').forEach(function (node) { node.remove(); });
    (messages || []).forEach(function (message) {
      var line = document.createElement('p');
      line.className = 'field-error';
      line.setAttribute('role', 'alert');
      line.textContent = message;
      form.appendChild(line);
    });
  }
  function applied(form, result) {
    var checked = form.querySelector('input[name="response"]:checked');
    var item = form.closest('.item');
    if (item && checked) item.className = item.className.replace(/resp-[A-Za-z]+/, 'resp-' + checked.value);
    var filledBy = form.querySelector('.filled-by');
    if (filledBy && result.expert) filledBy.textContent = '填写人：' + result.expert;
    if (result.section) {
      var bar = document.querySelector('[data-bar="' + result.section + '"]');
      var text = document.querySelector('[data-progress="' + result.section + '"]');
      if (bar && result.sectionAnswered !== undefined) bar.value = result.sectionAnswered;
      if (text && result.sectionProgress) text.textContent = result.sectionProgress;
    }
    if (panel && result.scoreHTML) panel.innerHTML = result.scoreHTML;
    if (totals && result.totals) totals.textContent = result.totals;
  }
  function fill(form, fields) {
    fields.forEach(function (pair) {
      var name = pair[0], value = pair[1];
      if (name === 'response') {
        form.querySelectorAll('input[name="response"]').forEach(function (r) { r.checked = r.value === value; });
      } else if (name === 'major') {
        var box = form.querySelector('input[name="major"]');
        if (box) box.checked = true;
      } else if (name !== 'base') {
        var input = form.querySelector('[name="' + name + '"]');
        if (input && input.type !== 'file') input.value = value;
      }
    });
    if (!fields.some(function (p) { return p[0] === 'major'; })) {
      var major = form.querySelector('input[name="major"]');
      if (major) major.checked = false;
    }
  }
  function addThumb(form, result) {
    var strip = form.closest('.photos');
    if (!strip || strip.querySelector('a[href="' + result.url + '"]')) return;
    var link = document.createElement('a');
    link.className = 'photo';
    link.href = result.url;
    link.target = '_blank';
    link.rel = 'noopener';
    var img = document.createElement('img');
    img.src = result.thumb;
    img.alt = '照片 #' + result.id;
    link.appendChild(img);
    strip.insertBefore(link, form);
  }
  // A photo still on this device: its thumbnail from IndexedDB, marked 待同步, until the server has it.
  function addQueuedThumb(op) {
    var strip = document.querySelector('[data-photos="' + op.strip + '"]');
    var form = strip && strip.querySelector('form');
    if (!form || !op.thumb || strip.querySelector('[data-queued="' + op.key + '"]')) return;
    var img = document.createElement('img');
    img.className = 'queued';
    img.dataset.queued = op.key;
    img.alt = '待同步的照片';
    img.title = '待同步：照片保存在本设备上，网络恢复后自动上传';
    img.src = URL.createObjectURL(op.thumb);
    strip.insertBefore(img, form);
  }
  function dropQueuedThumb(op) {
    var img = document.querySelector('img[data-queued="' + op.key + '"]');
    if (img) { URL.revokeObjectURL(img.src); img.remove(); }
  }

  // --- Making operations ------------------------------------------------------------------------------------
  function fieldsOf(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && typeof value === 'string') fields.push([name, value]);
    });
    return fields;
  }
  function queueItem(form) {
    var item = form.dataset.item;
    var fields = fieldsOf(form);
    return allOps().then(function (ops) {
      var last = ops.filter(function (op) { return op.kind === 'item' && op.item === item; }).pop();
      if (last && !last.attempted && !flushing) {
        last.fields = fields;
        return putOp(last);
      }
      return putOp({
        page: location.pathname, user: USER, kind: 'item', item: item, url: form.action, key: newKey(), fields: fields,
        made: Date.now()
      });
    }).then(function () {
      form.dataset.saving = '1';
      show(form, '待同步', 'pending');
      return showCount();
    }).then(flush);
  }
  function downscale(file, side, quality) {
    return new Promise(function (resolve, reject) {
      var url = URL.createObjectURL(file);
      var img = new Image();
      img.onload = function () {
        var scale = Math.min(1, side / Math.max(img.naturalWidth, img.naturalHeight));
        var canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        canvas.toBlob(function (blob) { blob ? resolve(blob) : reject(new Error('toBlob')); }, 'image/jpeg', quality);
      };
      img.onerror = function () { URL.revokeObjectURL(url); reject(new Error('decode')); };
      img.src = url;
    });
  }
  function queuePhoto(form, file) {
    show(form, '正在压缩照片…', 'busy');
    var op;
    return Promise.all([downscale(file, 2048, 0.85), downscale(file, 320, 0.8)]).then(function (blobs) {
      op = {
        page: location.pathname, user: USER, kind: 'photo', url: form.action, key: newKey(), fields: fieldsOf(form),
        photo: blobs[0], thumb: blobs[1], strip: form.closest('.photos').dataset.photos, made: Date.now()
      };
      return putOp(op);
    }).then(function () {
      addQueuedThumb(op);
      var input = form.querySelector('input[type="file"]');
      if (input) input.value = '';
      show(form, '待同步', 'pending');
      return showCount();
    }, function () {
      show(form, '无法读取这张照片：请拍摄或选择 JPEG 或 PNG 照片', 'failed');
    }).then(flush);
  }

  // --- Sending ---------------------------------------------------------------------------------------------------
  // The newest version of an item this device has seen: the page's (it may come from the offline cache, older
  // than what this device saved since) or the one kept after the last confirmed save. Versions are milliseconds.
  function versionKey(item) { return 'hazchem-version:' + location.pathname + ':' + item; }
  function knownVersion(item) {
    var form = itemForm(item);
    var page = form && form.querySelector('input[name="base"]') ? form.querySelector('input[name="base"]').value : '';
    var kept = '';
    try { kept = localStorage.getItem(versionKey(item)) || ''; } catch (e) { kept = ''; }
    return Number(kept || 0) > Number(page || 0) ? kept : page;
  }
  function rememberVersion(item, version) {
    var form = itemForm(item);
    var base = form && form.querySelector('input[name="base"]');
    if (base) base.value = version;
    try { localStorage.setItem(versionKey(item), version); } catch (e) { /* private mode: the page keeps it */ }
  }
  function token() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
    delay = Math.min(delay * 2, 60000);
  }
  function send(op) {
    var body;
    if (op.kind === 'photo') {
      body = new FormData();
      op.fields.forEach(function (p) { body.append(p[0], p[1]); });
      body.append('photo', op.photo, 'photo.jpg');
      body.append('thumb', op.thumb, 'thumb.jpg');
    } else {
      body = new URLSearchParams();
      op.fields.forEach(function (p) { if (p[0] !== 'base') body.append(p[0], p[1]); });
      // Based on the version after this device's previous confirmed save of the item (operations go in order).
      body.append('base', knownVersion(op.item));
    }
    return fetch(op.url, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-Token': token(), 'Idempotency-Key': op.key }
    });
  }
  function handle(op, response, result) {
    var form = op.kind === 'item' ? itemForm(op.item)
      : document.querySelector('[data-photos="' + op.strip + '"] form');
    if (op.kind === 'photo') {
      dropQueuedThumb(op);
      if (result.ok) {
        show(form, result.message, 'ok');
        if (form) addThumb(form, result);
      } else {
        show(form, '未上传', 'failed');
        showErrors(form, result.messages);
      }
      return Promise.resolve();
    }
    if (result.ok) {
      if (result.version) rememberVersion(op.item, result.version);
      if (form) {
        showErrors(form, []);
        show(form, result.message + ' ' + new Date().toLocaleTimeString('zh-CN'), 'ok');
        applied(form, result);
      }
      return Promise.resolve();
    }
    if (form) {
      show(form, result.conflict ? '冲突，未保存' : '未保存', 'failed');
      showErrors(form, result.messages);
      // The user has now seen what is stored: a new edit is based on it.
      if (result.conflict) rememberVersion(op.item, result.current ? result.current.version : '');
      if (result.conflict) form.closest('.item').classList.add('conflict');
    }
    return Promise.resolve();
  }
  function flush() {
    if (flushing) return Promise.resolve();
    flushing = true;
    clearTimeout(timer);
    function next() {
      return allOps().then(function (ops) {
        if (!ops.length) { delay = 2000; return; }
        var op = ops[0];
        op.attempted = true;
        return putOp(op).then(function () { return send(op); }).then(function (response) {
          var type = response.headers.get('Content-Type') || '';
          if (type.indexOf('application/json') < 0) {
            if (response.status >= 500 || response.status === 0) { later(); return; }
            banner.textContent = response.status === 403
              ? '页面已过期（CSRF 校验失败）：待同步的内容仍保存在本设备，请刷新页面后自动继续上传'
              : '登录已过期：待同步的内容仍保存在本设备，请在新标签页重新登录后回到此页';
            banner.className = 'sync-status small failed';
            later();
            return 'stop';
          }
          return response.json().then(function (result) {
            return handle(op, response, result);
          }).then(function () { return deleteOp(op.seq); }).then(function () {
            delay = 2000;
            return showCount().then(next);
          });
        }, function () {
          later();  // no network or no server: keep the operation, try again later
        });
      });
    }
    return next().then(function (stop) {
      flushing = false;
      if (stop !== 'stop') showCount();
    }, function () { flushing = false; later(); });
  }

  // --- Wiring --------------------------------------------------------------------------------------------------
  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    form.addEventListener('change', function () { queueItem(form); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      queueItem(form);
    });
  });
  document.querySelectorAll('form[data-photo-form]').forEach(function (form) {
    var input = form.querySelector('input[type="file"]');
    var button = form.querySelector('.photo-submit');
    if (button) button.hidden = true;
    if (input) input.addEventListener('change', function () { if (input.files[0]) queuePhoto(form, input.files[0]); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (input && input.files[0]) queuePhoto(form, input.files[0]);
    });
  });
  // What is still waiting shows in its form after a reload (the page may come from the offline cache).
  allOps().then(function (ops) {
    ops.forEach(function (op) {
      if (op.kind !== 'item') {
        var strip = document.querySelector('[data-photos="' + op.strip + '"] form');
        show(strip, '待同步', 'pending');
        addQueuedThumb(op);
        return;
      }
      var form = itemForm(op.item);
      if (!form) return;
      fill(form, op.fields);
      show(form, '待同步', 'pending');
    });
    return showCount();
  }).then(flush, function () { banner.textContent = '此浏览器不支持离线保存（IndexedDB 不可用）：请保持网络连接'; });

  window.addEventListener('online', function () { delay = 2000; flush(); });
  window.addEventListener('offline', function () { showCount(); });
  document.addEventListener('visibilitychange', function () { if (!document.hidden) flush(); });
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/assessments/sw.js', { scope: '/assessments/' }).catch(function () {});
  }
})();
