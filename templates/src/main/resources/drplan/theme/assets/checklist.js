/*
 * drplan checklist: tracked steps on every page, state kept by assets/store.html (see there why an iframe).
 * One record per plan, plan version and mode (exercise or incident): an append-only log of events
 * {t, local, step, action: "tick" | "untick" | "note", initials, note, text}; a step is done when its last
 * tick/untick event is a tick. When storage is missing, full or holds something unreadable, the page says so,
 * keeps working in memory, and never overwrites what it could not read.
 */
(function () {
  'use strict';
  var html = document.documentElement;
  var plan = html.getAttribute('data-plan') || 'plan';
  var version = html.getAttribute('data-plan-version') || '0';
  var frame = document.querySelector('iframe.store-frame');
  var MODES = { exercise: 'Exercise — a DR test run; ticks go to the exercise log', incident: 'Incident — a real recovery; ticks go to the incident log' };

  var state = {
    mode: 'exercise', initials: '', record: null, memoryOnly: false, corrupt: null, problem: '', available: false
  };
  var api = {};
  window.drplanChecklist = api;

  function prefix() { return 'drplan/' + plan + '/' + version + '/'; }
  function recordKey(mode) { return prefix() + (mode || state.mode); }
  function emptyRecord(mode) { return { format: 1, plan: plan, version: version, mode: mode || state.mode, events: [] }; }

  // ---- talking to the store ---------------------------------------------------------------------------------
  var pending = {};
  var nextId = 1;
  var storeReady = null;

  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!frame || e.source !== frame.contentWindow || !m || m.drplan !== 1) { return; }
    if (m.reply && pending[m.reply]) { pending[m.reply](m); delete pending[m.reply]; }
    if (m.changed && m.changed === recordKey()) { reload(); }
  });

  function send(message, timeoutMs) {
    return new Promise(function (resolve) {
      if (!frame || !frame.contentWindow) { resolve({ error: 'unavailable' }); return; }
      var id = nextId++;
      message.drplan = 1;
      message.id = id;
      var timer = setTimeout(function () { delete pending[id]; resolve({ error: 'timeout' }); }, timeoutMs || 3000);
      pending[id] = function (reply) { clearTimeout(timer); resolve(reply); };
      frame.contentWindow.postMessage(message, '*');
    });
  }

  /** Resolves once the store answers (it may still be loading): asks every 100 ms for up to 3 s. */
  function whenStoreAnswers() {
    if (storeReady) { return storeReady; }
    storeReady = new Promise(function (resolve) {
      var tries = 0;
      (function ask() {
        send({ op: 'get', key: 'drplan/initials' }, 100).then(function (reply) {
          if (reply.error === 'timeout' && ++tries < 30) { ask(); } else { resolve(reply); }
        });
      })();
    });
    return storeReady;
  }

  // ---- state ------------------------------------------------------------------------------------------------
  function banner(text) {
    state.problem = text;
    var el = document.getElementById('store-banner');
    if (el) { el.hidden = !text; el.querySelector('.store-banner-text').textContent = text; }
    var exportRaw = document.getElementById('export-raw');
    if (exportRaw) { exportRaw.hidden = state.corrupt === null; }
  }

  function useMemory(reason) {
    state.memoryOnly = true;
    banner(reason + ' Ticks are kept in this page only until it is closed: export the log before leaving.');
  }

  function parseRecord(raw, mode) {
    if (raw === null || raw === undefined) { return emptyRecord(mode); }
    try {
      var record = JSON.parse(raw);
      if (record && Object.prototype.toString.call(record.events) === '[object Array]') { return record; }
    } catch (e) { /* reported below */ }
    return null;
  }

  function load() {
    return whenStoreAnswers().then(function (first) {
      if (first.error) {
        useMemory(first.error === 'unavailable' ? 'This browser does not let the runbook save progress (storage is off or blocked).'
          : 'The runbook\'s storage did not answer.');
        state.record = state.record || emptyRecord();
        return;
      }
      state.available = true;
      state.initials = first.value || '';
      return send({ op: 'get', key: prefix() + 'mode' }).then(function (reply) {
        if (reply.value === 'incident' || reply.value === 'exercise') { state.mode = reply.value; }
        return reload();
      });
    });
  }

  function reload() {
    if (!state.available) { return Promise.resolve(); }
    return send({ op: 'get', key: recordKey() }).then(function (reply) {
      if (reply.error) { useMemory('Progress could not be read (' + reply.error + ').'); return; }
      var record = parseRecord(reply.value, state.mode);
      if (record === null) {
        state.corrupt = reply.value;
        state.record = state.record || emptyRecord();
        useMemory('The saved progress for this plan version is damaged and was not changed. Export the damaged data to keep it, or reset.');
      } else if (!state.memoryOnly) {
        state.record = record;
      }
      render();
    });
  }

  function ticks() {
    var status = {};
    (state.record ? state.record.events : []).forEach(function (e) {
      if (e.action === 'tick' || e.action === 'untick') { status[e.step] = e; }
    });
    var done = {};
    Object.keys(status).forEach(function (step) { if (status[step].action === 'tick') { done[step] = status[step]; } });
    return done;
  }

  function localIso(date) {
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    var offset = -date.getTimezoneOffset();
    var sign = offset >= 0 ? '+' : '-';
    offset = Math.abs(offset);
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T' + pad(date.getHours())
      + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) + sign + pad(Math.floor(offset / 60)) + ':' + pad(offset % 60);
  }

  function record(event) {
    var now = new Date();
    event.t = now.toISOString();
    event.local = localIso(now);
    event.initials = state.initials;
    if (state.memoryOnly || !state.available) {
      state.record.events.push(event);
      render();
      return Promise.resolve();
    }
    return send({ op: 'append', key: recordKey(), event: event, empty: emptyRecord() }).then(function (reply) {
      if (reply.error === 'corrupt') {
        state.corrupt = reply.value;
        useMemory('The saved progress for this plan version is damaged and was not changed. Export the damaged data to keep it, or reset.');
        state.record.events.push(event);
      } else if (reply.error) {
        useMemory(reply.error === 'full' ? 'The browser\'s storage is full: progress is no longer saved.' : 'Progress could not be saved (' + reply.error + ').');
        state.record.events.push(event);
      } else {
        state.record = JSON.parse(reply.value);
      }
      render();
    });
  }

  function stepText(step) {
    var box = document.querySelector('.step-box[data-step="' + cssEscape(step) + '"]');
    return box ? box.getAttribute('aria-label') : '';
  }

  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'); }

  // ---- rendering --------------------------------------------------------------------------------------------
  function render() {
    var done = ticks();
    Array.prototype.forEach.call(document.querySelectorAll('.step-box[data-step]'), function (box) {
      var tick = done[box.getAttribute('data-step')];
      box.checked = !!tick;
      var item = box.parentElement && box.parentElement.closest('[data-step]');
      if (item) { item.classList.toggle('is-done', !!tick); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-step-meta]'), function (meta) {
      var tick = done[meta.getAttribute('data-step-meta')];
      meta.textContent = tick ? 'done ' + new Date(tick.t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false })
        + (tick.initials ? ' · ' + tick.initials : '') : '';
      if (tick) { meta.setAttribute('title', tick.local); }
    });
    var notes = {};
    (state.record ? state.record.events : []).forEach(function (e) { if (e.action === 'note') { notes[e.step] = e.note; } });
    Array.prototype.forEach.call(document.querySelectorAll('[data-step-note]'), function (el) {
      var note = notes[el.getAttribute('data-step-note')];
      el.textContent = note ? 'Note: ' + note : '';
      el.hidden = !note;
    });
    renderProgress(done);
    renderMode();
    var initials = document.getElementById('initials');
    if (initials && document.activeElement !== initials) { initials.value = state.initials; }
    html.setAttribute('data-checklist-ready', 'true');
  }

  function renderProgress(done) {
    var groups = document.querySelectorAll('[data-progress-for]');
    Array.prototype.forEach.call(groups, function (bar) {
      var scope = bar.getAttribute('data-progress-for');
      var boxes = scope === 'all' ? document.querySelectorAll('.step-box[data-step]')
        : document.querySelectorAll('[data-section="' + cssEscape(scope) + '"] .step-box[data-step]');
      var count = 0;
      Array.prototype.forEach.call(boxes, function (b) { if (done[b.getAttribute('data-step')]) { count++; } });
      bar.max = boxes.length || 1;
      bar.value = count;
      var label = document.querySelector('[data-progress-label="' + cssEscape(scope) + '"]');
      if (label) { label.textContent = count + ' of ' + boxes.length + ' done'; }
    });
  }

  function renderMode() {
    html.setAttribute('data-mode', state.mode);
    var el = document.getElementById('mode-banner');
    if (el) { el.hidden = false; el.className = 'mode-banner mode-' + state.mode; el.textContent = MODES[state.mode]; }
    Array.prototype.forEach.call(document.querySelectorAll('input[name="mode"]'), function (r) { r.checked = r.value === state.mode; });
  }

  // ---- export, import, reset ---------------------------------------------------------------------------------
  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  function fileBase() { return plan + '-' + version + '-' + state.mode + '-log'; }

  function csvCell(value) {
    var text = value === undefined || value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  api.csv = function () {
    var rows = [['time_local', 'time_utc', 'plan', 'version', 'mode', 'step', 'action', 'initials', 'note', 'text']];
    state.record.events.forEach(function (e) {
      rows.push([e.local, e.t, plan, version, state.mode, e.step, e.action, e.initials, e.note, e.text]);
    });
    return rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  };
  api.json = function () { return JSON.stringify(state.record, null, 2) + '\n'; };
  api.state = function () { return state; };

  function parseCsv(text) {
    var rows = [], row = [], cell = '', quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') { quoted = false; } else { cell += c; }
      } else if (c === '"') { quoted = true; }
      else if (c === ',') { row.push(cell); cell = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') { i++; }
        row.push(cell); rows.push(row); row = []; cell = '';
      } else { cell += c; }
    }
    if (cell || row.length) { row.push(cell); rows.push(row); }
    var head = rows.shift() || [];
    return rows.filter(function (r) { return r.length > 1; }).map(function (r) {
      var o = {};
      head.forEach(function (h, k) { o[h] = r[k]; });
      var e = { t: o.time_utc, local: o.time_local, step: o.step, action: o.action, initials: o.initials, text: o.text };
      if (o.note) { e.note = o.note; }
      return e;
    });
  }

  function eventKey(e) { return [e.t, e.step, e.action, e.initials || '', e.note || ''].join('|'); }

  /** Merges events into the current record (no duplicates, time order) and saves it; returns a summary. */
  api.importText = function (text) {
    var events;
    var trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed.charAt(0) === '{') {
      var parsed = JSON.parse(trimmed);
      if (!parsed || Object.prototype.toString.call(parsed.events) !== '[object Array]') { throw new Error('not a drplan execution log'); }
      events = parsed.events;
    } else {
      events = parseCsv(trimmed);
    }
    var known = {};
    state.record.events.forEach(function (e) { known[eventKey(e)] = true; });
    var added = 0, foreign = 0;
    events.forEach(function (e) {
      if (!e || !e.step || !e.action || !e.t) { return; }
      if (!known[eventKey(e)]) {
        known[eventKey(e)] = true;
        state.record.events.push(e);
        added++;
        if (!document.querySelector('.step-box[data-step="' + cssEscape(e.step) + '"]')) { foreign++; }
      }
    });
    state.record.events.sort(function (a, b) { return a.t < b.t ? -1 : a.t > b.t ? 1 : 0; });
    return save().then(function () {
      render();
      return { added: added, total: events.length, foreign: foreign };
    });
  };

  function save() {
    if (state.memoryOnly || !state.available) { return Promise.resolve(); }
    return send({ op: 'set', key: recordKey(), value: JSON.stringify(state.record) }).then(function (reply) {
      if (reply.error) { useMemory('Progress could not be saved (' + reply.error + ').'); }
    });
  }

  api.reset = function () {
    state.record = emptyRecord();
    state.corrupt = null;
    state.memoryOnly = !state.available;
    banner(state.available ? '' : state.problem);
    return save().then(render);
  };

  function setMode(mode) {
    if (mode === state.mode) { return; }
    state.mode = mode;
    state.record = emptyRecord();
    state.corrupt = null;
    if (state.available) {
      state.memoryOnly = false;
      banner('');
      send({ op: 'set', key: prefix() + 'mode', value: mode }).then(reload);
    } else {
      render();
    }
  }

  // ---- wiring -------------------------------------------------------------------------------------------------
  function wire() {
    document.addEventListener('change', function (e) {
      var t = e.target;
      if (t.classList && t.classList.contains('step-box')) {
        var step = t.getAttribute('data-step');
        record({ step: step, action: t.checked ? 'tick' : 'untick', text: stepText(step) });
      } else if (t.name === 'mode') {
        setMode(t.value);
      } else if (t.name === 'filter') {
        var list = document.getElementById('checklist-steps');
        if (list) { list.setAttribute('data-filter', t.value); }
      } else if (t.id === 'import-file' && t.files && t.files[0]) {
        var reader = new FileReader();
        reader.onload = function () {
          var status = document.getElementById('import-status');
          try {
            api.importText(String(reader.result)).then(function (r) {
              status.textContent = 'Imported ' + r.added + ' new event' + (r.added === 1 ? '' : 's') + ' of ' + r.total
                + (r.foreign ? '; ' + r.foreign + ' refer to steps not in this plan version and are kept in the log' : '') + '.';
            });
          } catch (err) {
            status.textContent = 'Nothing imported: ' + err.message + '.';
          }
          t.value = '';
        };
        reader.readAsText(t.files[0]);
      }
    });
    var initials = document.getElementById('initials');
    if (initials) {
      initials.addEventListener('input', function () {
        state.initials = initials.value.trim().toUpperCase().slice(0, 4);
        if (state.available) { send({ op: 'set', key: 'drplan/initials', value: state.initials }); }
      });
    }
    document.addEventListener('click', function (e) {
      var t = e.target.closest ? e.target.closest('[data-action]') : null;
      if (!t) { return; }
      var action = t.getAttribute('data-action');
      if (action === 'export-csv') { download(fileBase() + '.csv', 'text/csv', api.csv()); }
      else if (action === 'export-json') { download(fileBase() + '.json', 'application/json', api.json()); }
      else if (action === 'export-raw') { download(fileBase() + '-damaged.txt', 'text/plain', state.corrupt || ''); }
      else if (action === 'print') { window.print(); }
      else if (action === 'note') {
        var step = t.getAttribute('data-step');
        var note = window.prompt('Note for this step (kept in the execution log):', '');
        if (note) { record({ step: step, action: 'note', note: note, text: stepText(step) }); }
      } else if (action === 'reset') {
        if (window.confirm('Download the execution log before resetting?')) {
          download(fileBase() + '.json', 'application/json', api.json());
        }
        if (window.confirm('Reset all ' + state.mode + ' progress for version ' + version + '? Ticks, times and notes are cleared.')) {
          api.reset();
        }
      }
    });
  }

  function start() {
    state.record = emptyRecord();
    wire();
    render();
    load().then(render);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
