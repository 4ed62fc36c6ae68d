// HazChem assessment page: each checklist item is saved as soon as it changes (a small fetch POST carrying the
// session's CSRF token in X-CSRF-Token); the answer shows the section's progress and the grading sheet the server
// re-scored. A lost connection loses at most the item being typed: unsaved items are retried when the browser is
// back online. Without JavaScript every item form posts normally and the page comes back.
(function () {
  'use strict';
  var panel = document.getElementById('score-panel');
  var totals = document.getElementById('checklist-totals');
  var unsaved = new Set();

  function show(form, text, kind) {
    var state = form.querySelector('.save-state');
    if (state) {
      state.textContent = text;
      state.className = 'save-state ' + (kind || '');
    }
  }

  function showErrors(form, messages) {
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

  function save(form) {
    if (form.dataset.saving) {
      form.dataset.again = '1';
      return;
    }
    form.dataset.saving = '1';
    show(form, '保存中…', 'busy');
    var token = form.querySelector('input[name="_csrf"]');
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-Token': token ? token.value : '' }
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') < 0) {
        throw { fatal: response.status === 403 ? '页面已过期（CSRF 校验失败），请刷新页面后重新填写此项' : '登录已过期，请刷新页面重新登录后再保存此项' };
      }
      return response.json();
    }).then(function (result) {
      unsaved.delete(form);
      if (result.ok) {
        showErrors(form, []);
        show(form, result.message + ' ' + new Date().toLocaleTimeString('zh-CN'), 'ok');
        applied(form, result);
      } else {
        show(form, '未保存', 'failed');
        showErrors(form, result.messages);
      }
    }).catch(function (error) {
      if (error && error.fatal) {
        show(form, '未保存', 'failed');
        showErrors(form, [error.fatal]);
      } else {
        unsaved.add(form);
        show(form, '未保存（网络中断，恢复后自动重试）', 'failed');
      }
    }).then(function () {
      delete form.dataset.saving;
      if (form.dataset.again) {
        delete form.dataset.again;
        save(form);
      }
    });
  }

  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    form.addEventListener('change', function () { save(form); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      save(form);
    });
  });

  window.addEventListener('online', function () { unsaved.forEach(save); });
  window.addEventListener('beforeunload', function (event) {
    var busy = document.querySelector('form[data-saving]');
    if (unsaved.size > 0 || busy) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
