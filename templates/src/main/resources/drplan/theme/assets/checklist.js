/*
 * drplan checklist, part 3 of 3: the view. Renders the state of a store session (checklist-store.js) into the page
 * and turns the reader's actions into session calls; the log itself is handled by checklist-core.js.
 *
 * <html data-checklist-ready="true"> is set once the page shows what the store holds, or once it has decided to
 * work in memory (then #store-banner says why). Before that, a box that looks unticked may just not be loaded yet.
 * Steps may nest (a step's li can hold a list of further steps and other blocks), so a step's element is found
 * from its box, never by assuming the box is its first child.
 */
(function () {
  'use strict';
  var core = window.drplanChecklistCore;
  var html = document.documentElement;
  var plan = html.getAttribute('data-plan') || 'plan';
  var version = html.getAttribute('data-plan-version') || '0';
  var build = html.getAttribute('data-build') || '';
  var MODES = {
    exercise: 'Exercise — a DR test run; ticks go to the exercise log',
    incident: 'Incident — a real recovery; ticks go to the incident log'
  };
  var PROBLEMS = {
    unavailable: 'This browser does not let the runbook save progress (storage is off or blocked).',
    'no-answer': 'The runbook\'s storage did not answer.',
    corrupt: 'The saved progress for this plan version is damaged and was not changed. Export the damaged data to keep it, or reset.',
    full: 'The browser\'s storage is full: progress is no longer saved.'
  };
  var IN_MEMORY = ' Ticks are kept in this page only until it is closed: export the log before leaving.';

  var session = window.drplanChecklistStore.open({
    window: window,
    frame: document.querySelector('iframe.store-frame'),
    plan: plan,
    version: version
  });
  var state = session.state;

  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'); }

  function boxOf(step) { return document.querySelector('.step-box[data-step="' + cssEscape(step) + '"]'); }

  /** The step's element (its li): the nearest enclosing element of the same step, not the box itself. */
  function itemOf(box) {
    return box.parentElement ? box.parentElement.closest('[data-step="' + cssEscape(box.getAttribute('data-step')) + '"]') : null;
  }

  function stepText(step) {
    var box = boxOf(step);
    return box ? box.getAttribute('aria-label') : '';
  }

  /** The step's number as on paper (5.3.7), or '' when this page does not show the step. */
  function stepNumber(step) {
    var box = boxOf(step);
    return box ? box.getAttribute('data-number') || '' : '';
  }

  // ---- rendering --------------------------------------------------------------------------------------------
  function render() {
    var done = core.doneSteps(state.record.events);
    each('.step-box[data-step]', function (box) {
      var tick = done[box.getAttribute('data-step')];
      box.checked = !!tick;
      var item = itemOf(box);
      if (item) { item.classList.toggle('is-done', !!tick); }
    });
    each('[data-step-meta]', function (meta) {
      var tick = done[meta.getAttribute('data-step-meta')];
      meta.textContent = tick ? 'done ' + new Date(tick.t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false })
        + (tick.initials ? ' · ' + tick.initials : '') : '';
      if (tick) { meta.setAttribute('title', tick.local); } else { meta.removeAttribute('title'); }
    });
    var notes = core.notes(state.record.events);
    each('[data-step-note]', function (el) {
      var note = notes[el.getAttribute('data-step-note')];
      el.textContent = note ? 'Note: ' + note : '';
      el.hidden = !note;
    });
    var notTaken = renderDecisions(core.decisions(state.record.events));
    renderProgress(done, notTaken);
    renderMode();
    renderBanner();
    var initials = document.getElementById('initials');
    if (initials && document.activeElement !== initials) { initials.value = state.initials; }
    if (state.ready) { html.setAttribute('data-checklist-ready', 'true'); }
  }

  function words(text) { return text ? text.split(' ') : []; }

  /**
   * Each decision point shows the answer chosen (who, when) and its buttons which one; the steps of the branches not
   * taken are greyed out, and so are those of a decision that is itself in a section not taken (a decision tree).
   * Returns those steps' ids (as keys): progress counts the chosen path only.
   */
  function renderDecisions(chosen) {
    var blocks = Array.prototype.slice.call(document.querySelectorAll('.decision[data-decision]'));
    var notTaken = {};
    var sectionsNotTaken = {};
    // a decision's branches are decided by its answer, or all left out when the decision is itself left out;
    // repeated until nothing more is left out (each pass can only add)
    for (var changed = true; changed;) {
      changed = false;
      blocks.forEach(function (block) {
        var e = chosen[block.getAttribute('data-decision')];
        var skipped = !!sectionsNotTaken[block.getAttribute('data-decision-section')];
        var taken = {};
        var answers = Array.prototype.slice.call(block.querySelectorAll('.decision-answer'));
        answers.forEach(function (answer) {
          if (!skipped && e && answer.getAttribute('data-answer') === e.answer) {
            words(answer.getAttribute('data-branch')).forEach(function (s) { taken[s] = true; });
          }
        });
        answers.forEach(function (answer) {
          if (!skipped && (!e || answer.getAttribute('data-answer') === e.answer)) { return; }
          words(answer.getAttribute('data-branch')).forEach(function (s) {
            if (!taken[s] && !notTaken[s]) { notTaken[s] = true; changed = true; }
          });
          var section = answer.getAttribute('data-branch-section');
          var entered = Object.keys(taken).some(function (s) { return s.indexOf(section + '/') === 0; });
          if (section && !entered && !sectionsNotTaken[section]) { sectionsNotTaken[section] = true; changed = true; }
        });
      });
    }
    blocks.forEach(function (block) {
      var e = chosen[block.getAttribute('data-decision')];
      block.classList.toggle('not-taken', !!sectionsNotTaken[block.getAttribute('data-decision-section')]);
      Array.prototype.forEach.call(block.querySelectorAll('.decision-answer'), function (answer) {
        var isChosen = !!e && answer.getAttribute('data-answer') === e.answer;
        answer.classList.toggle('is-chosen', isChosen);
        answer.classList.toggle('is-not-taken', !!e && !isChosen);
        var button = answer.querySelector('.decision-choice');
        if (button) { button.setAttribute('aria-pressed', String(isChosen)); }
      });
      var made = block.querySelector('[data-decision-made]');
      if (made) {
        var label = e ? block.querySelector('.decision-answer[data-answer="' + cssEscape(e.answer) + '"] .decision-choice') : null;
        made.textContent = e ? 'Chosen: ' + (label ? label.textContent : e.answer) + ' · '
          + new Date(e.t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false })
          + (e.initials ? ' · ' + e.initials : '') : '';
        made.hidden = !e;
      }
    });
    each('.step-box[data-step]', function (box) {
      var item = itemOf(box);
      if (item) { item.classList.toggle('not-taken', !!notTaken[box.getAttribute('data-step')]); }
    });
    return notTaken;
  }

  function renderProgress(done, notTaken) {
    each('[data-progress-for]', function (bar) {
      var scope = bar.getAttribute('data-progress-for');
      var all = scope === 'all' ? document.querySelectorAll('.step-box[data-step]')
        : document.querySelectorAll('[data-section="' + cssEscape(scope) + '"] .step-box[data-step]');
      var boxes = Array.prototype.filter.call(all, function (b) { return !notTaken[b.getAttribute('data-step')]; });
      var count = 0;
      boxes.forEach(function (b) { if (done[b.getAttribute('data-step')]) { count++; } });
      bar.max = boxes.length || 1;
      bar.value = count;
      var label = document.querySelector('[data-progress-label="' + cssEscape(scope) + '"]');
      if (label) {
        label.textContent = all.length && !boxes.length ? 'not on the path chosen at a decision'
          : count + ' of ' + boxes.length + ' done';
      }
    });
  }

  function renderMode() {
    html.setAttribute('data-mode', state.mode);
    var el = document.getElementById('mode-banner');
    if (el) { el.hidden = false; el.className = 'mode-banner mode-' + state.mode; el.textContent = MODES[state.mode]; }
    each('input[name="mode"]', function (r) { r.checked = r.value === state.mode; });
  }

  function renderBanner() {
    var text = '';
    if (state.memoryOnly) {
      text = (PROBLEMS[state.problem] || 'Progress could not be saved (' + state.problem + ').') + IN_MEMORY;
    }
    var el = document.getElementById('store-banner');
    if (el) { el.hidden = !text; el.querySelector('.store-banner-text').textContent = text; }
    var exportRaw = document.getElementById('export-raw');
    if (exportRaw) { exportRaw.hidden = state.corrupt === null; }
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

  var api = {
    state: function () { return state; },
    csv: function () {
      return core.toCsv(state.record.events, { plan: plan, version: version, build: build, mode: state.mode,
        numberOf: stepNumber });
    },
    json: function () { return core.toJson(state.record, stepNumber); },
    /** Merges an exported log (CSV or JSON) into the record; throws if it is not one, else resolves with a summary. */
    importText: function (text) {
      var events = core.parseLog(text);
      return session.importEvents(events).then(function (added) {
        var foreign = added.filter(function (e) { return !boxOf(e.step); }).length;
        return { added: added.length, total: events.length, foreign: foreign };
      });
    },
    reset: function () { return session.reset(); },
    /** Resolves with {record} of a mode's log in this browser (the after-action report reads it), or {error}. */
    log: function (mode) { return session.peek(mode); }
  };
  window.drplanChecklist = api;

  function importFile(input) {
    var reader = new FileReader();
    var status = document.getElementById('import-status');
    reader.onload = function () {
      try {
        api.importText(String(reader.result)).then(function (r) {
          status.textContent = 'Imported ' + r.added + ' new event' + (r.added === 1 ? '' : 's') + ' of ' + r.total
            + (r.foreign ? '; ' + r.foreign + ' refer to steps not in this plan version and are kept in the log' : '') + '.';
        });
      } catch (err) {
        status.textContent = 'Nothing imported: ' + err.message + '.';
      }
      input.value = '';
    };
    reader.readAsText(input.files[0]);
  }

  function confirmReset() {
    if (window.confirm('Download the execution log before resetting?')) {
      download(fileBase() + '.json', 'application/json', api.json());
    }
    if (window.confirm('Reset all ' + state.mode + ' progress for version ' + version + '? Ticks, times and notes are cleared.')) {
      api.reset();
    }
  }

  // ---- wiring -------------------------------------------------------------------------------------------------
  function wire() {
    document.addEventListener('change', function (e) {
      var t = e.target;
      if (t.classList && t.classList.contains('step-box')) {
        var step = t.getAttribute('data-step');
        session.record({ step: step, action: t.checked ? 'tick' : 'untick', text: stepText(step), build: build,
          number: stepNumber(step) });
      } else if (t.name === 'mode') {
        session.setMode(t.value);
      } else if (t.name === 'filter') {
        var list = document.getElementById('checklist-steps');
        if (list) { list.setAttribute('data-filter', t.value); }
      } else if (t.id === 'import-file' && t.files && t.files[0]) {
        importFile(t);
      }
    });
    var initials = document.getElementById('initials');
    if (initials) {
      initials.addEventListener('input', function () {
        session.setInitials(initials.value.trim().toUpperCase().slice(0, 4));
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
      else if (action === 'reset') { confirmReset(); }
      else if (action === 'decide') {
        var decision = t.getAttribute('data-decision');
        var block = t.closest('.decision');
        var question = block ? block.getAttribute('aria-label').replace(/^Decision: /, '') : decision;
        session.record({ step: decision, action: 'decide', answer: t.getAttribute('data-answer'),
          text: question + ' \u2014 ' + t.textContent, build: build });
      }
      else if (action === 'note') {
        var step = t.getAttribute('data-step');
        var note = window.prompt('Note for this step (kept in the execution log):', '');
        if (note) {
          session.record({ step: step, action: 'note', note: note, text: stepText(step), number: stepNumber(step),
            build: build });
        }
      }
    });
  }

  /**
   * A run of the earlier version the change sheet compares with, still in this browser: say which of its ticked steps
   * read otherwise in this version (their ticks stay with that version's log), so nobody relies on a changed step.
   */
  function previousRun() {
    var data = document.getElementById('previous-steps');
    var banner = document.getElementById('previous-run');
    if (!data || !banner) { return; }
    var previous = JSON.parse(data.textContent);
    if (!previous.version || previous.version === version) { return; }
    session.peek(state.mode, previous.version).then(function (answer) {
      if (answer.error || !answer.record.events.length) { return; }
      var done = core.doneSteps(answer.record.events);
      var changed = Object.keys(done).filter(function (id) { return previous.steps[id]; }).map(function (id) {
        var s = previous.steps[id];
        return (s.number || id) + (s.kind === 'removed' ? ' (removed)' : s.kind === 'moved' ? ' (moved)' : ' (reworded)');
      });
      banner.textContent = 'This browser holds an ' + state.mode + ' run of version ' + previous.version + ' ('
        + Object.keys(done).length + ' steps ticked). ' + (changed.length ? changed.length + ' of its ticked steps '
        + (changed.length === 1 ? 'reads' : 'read') + ' otherwise in version ' + version + ': ' + changed.join(', ')
        + '. Check them before you carry on with this version.' : 'None of its ticked steps changed in version '
        + version + '.');
      banner.hidden = false;
    });
  }

  wire();
  session.onChange(render);
  session.ready.then(previousRun);
})();
