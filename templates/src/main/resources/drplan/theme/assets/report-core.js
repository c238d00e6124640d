/*
 * drplan after-action report, the core: pure functions from the plan (as report.html carries it) and execution logs
 * (as the checklist exports them) to what happened in a run, with no DOM, so that the page (report.js) and tests in
 * any JavaScript engine use the same code.
 *
 * The plan: {plan, title, version, build, rto, rtoText, estimate: {total, path} or null, sections: [{id, number,
 * title, path, requires, rto, rtoText, estimate, finish}], steps: [{id, number, section, text, kind, estimate}]};
 * durations in minutes (null when not given), finish the section's earliest finish by the estimates.
 *
 * How times are counted: a run starts at its first event (or a start the reader gives) and ends at its last. A
 * section can start once every section it requires is done (as the plan's estimates assume), so it took from then,
 * or from the start of the run when it requires nothing, to its last tick; it is done when all its steps are. A step
 * took from the later of the moment its section could start and the section's previous tick to its own tick.
 */
(function (root) {
  'use strict';
  var checklist = root.drplanChecklistCore;
  var MINUTE = 60000;
  var KEY_KINDS = ['milestone', 'notify', 'escalate'];
  var CSV_COLUMNS = ['mode', 'row', 'number', 'title', 'kind', 'status', 'done_local', 'done_utc', 't_plus_min',
    'took_min', 'estimate_min', 'rto_min', 'over', 'initials', 'notes'];

  function time(e) { return Date.parse(e.t); }

  /** Minutes as people say them: 3h 20m, 45m, 1d 2h; under a minute "<1m"; negative with a minus sign. */
  function duration(minutes) {
    if (minutes === null || minutes === undefined || isNaN(minutes)) { return ''; }
    if (minutes < 0) { return '\u2212' + duration(-minutes); }
    var whole = Math.round(minutes);
    if (whole === 0) { return minutes > 0 ? '<1m' : '0m'; }
    var days = Math.floor(whole / 1440);
    var hours = Math.floor(whole % 1440 / 60);
    var rest = whole % 60;
    var parts = [];
    if (days) { parts.push(days + 'd'); }
    if (hours) { parts.push(hours + 'h'); }
    if (rest || !parts.length) { parts.push(rest + 'm'); }
    return parts.join(' ');
  }

  /** The clock time an event was recorded at, as its recorder's clock showed it: 2026-11-25 14:03. */
  function clock(e) {
    var local = e && typeof e.local === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(e.local) ? e.local : null;
    if (local) { return local.slice(0, 10) + ' ' + local.slice(11, 16); }
    var d = new Date(time(e));
    return isNaN(d.getTime()) ? '' : checklist.localIso(d).slice(0, 10) + ' ' + checklist.localIso(d).slice(11, 16);
  }

  /** The logs of each mode: {exercise: [logs], incident: [logs]}; a log that does not say is an exercise. */
  function byMode(logs) {
    var out = { exercise: [], incident: [] };
    logs.forEach(function (log) { out[checklist.isMode(log.mode) ? log.mode : 'exercise'].push(log); });
    return out;
  }

  /** Notes about logs of another plan or version, each a sentence. */
  function provenance(plan, logs) {
    var notes = [];
    logs.forEach(function (log) {
      if (log.plan && log.plan !== plan.plan) {
        notes.push(log.name + ' is a log of the plan \u201c' + log.plan + '\u201d, not \u201c' + plan.plan
          + '\u201d: its steps are matched by id.');
      } else if (log.version && log.version !== plan.version) {
        notes.push(log.name + ' was kept with version ' + log.version + ' of the plan; this report is of version '
          + plan.version + ': its steps are matched by id.');
      }
    });
    return notes;
  }

  /**
   * The report of one run: the logs (each {name, plan, version, mode, events}) merged, duplicates dropped.
   * options.start (milliseconds) counts the run from there instead of from its first event.
   */
  function run(plan, logs, mode, options) {
    var events = [];
    logs.forEach(function (log) { events = checklist.merge(events, log.events).events; });
    events = events.filter(function (e) { return !isNaN(time(e)); });
    var stepById = {};
    plan.steps.forEach(function (s) { stepById[s.id] = s; });
    var sectionById = {};
    plan.sections.forEach(function (s) { sectionById[s.id] = s; });

    var first = events.length ? time(events[0]) : null;
    var last = events.length ? time(events[events.length - 1]) : null;
    var start = options && typeof options.start === 'number' && !isNaN(options.start) ? options.start : first;
    var done = checklist.doneSteps(events);
    var ticked = {};
    var notesByStep = {};
    var removed = {};
    var people = {};
    var decisions = [];
    events.forEach(function (e) {
      if (e.action === 'decide') {
        // a decision point's answer: its id is the decision's, not a step's
        decisions.push({ event: e, tPlus: start === null ? null : (time(e) - start) / MINUTE });
        return;
      }
      if (!stepById[e.step]) {
        var r = removed[e.step] || (removed[e.step] = { id: e.step, number: '', text: '', events: 0 });
        r.events++;
        r.number = e.number || r.number;
        r.text = e.text || r.text;
        return;
      }
      if (e.action === 'tick') { ticked[e.step] = true; }
      if (e.action === 'note' && e.note) { (notesByStep[e.step] = notesByStep[e.step] || []).push(e); }
      var who = e.initials || '';
      var person = people[who] || (people[who] = { initials: who, ticks: 0, notes: 0, first: e, last: e });
      if (e.action === 'tick' && done[e.step] === e) { person.ticks++; }
      if (e.action === 'note') { person.notes++; }
      person.last = e;
    });

    var stepsOf = {};
    plan.steps.forEach(function (s) { (stepsOf[s.section] = stepsOf[s.section] || []).push(s); });

    // sections in plan order; a section's start needs the finishes of what it requires, which may come later in
    // the plan, so finishes are worked out first
    var finish = {};
    plan.sections.forEach(function (section) {
      var steps = stepsOf[section.id] || [];
      var all = steps.length > 0 && steps.every(function (s) { return done[s.id]; });
      finish[section.id] = all ? Math.max.apply(null, steps.map(function (s) { return time(done[s.id]); })) : null;
    });

    function readyAt(section) {
      var ready = start;
      (section.requires || []).forEach(function (id) {
        if (finish[id] !== null && finish[id] !== undefined && finish[id] > ready) { ready = finish[id]; }
      });
      return ready;
    }

    var stepRows = [];
    var sections = plan.sections.map(function (section) {
      var steps = stepsOf[section.id] || [];
      var ready = start === null ? null : readyAt(section);
      var ticks = steps.filter(function (s) { return done[s.id]; }).map(function (s) { return time(done[s.id]); })
        .sort(function (a, b) { return a - b; });
      steps.forEach(function (s) {
        var tick = done[s.id] || null;
        var took = null;
        if (tick) {
          var at = time(tick);
          var from = ready;
          ticks.forEach(function (t) { if (t < at && t > from) { from = t; } });
          took = Math.max(0, (at - from) / MINUTE);
        }
        stepRows.push({ step: s, section: section, tick: tick, tPlus: tick ? (time(tick) - start) / MINUTE : null,
          took: took, reopened: !tick && !!ticked[s.id], notes: notesByStep[s.id] || [] });
      });
      var f = finish[section.id];
      var doneAfter = f === null ? null : (f - start) / MINUTE;
      var lastTick = null;
      steps.forEach(function (s) { if (done[s.id] && (!lastTick || time(done[s.id]) > time(lastTick))) { lastTick = done[s.id]; } });
      return {
        section: section,
        steps: steps.length,
        done: ticks.length,
        started: ticks.length ? (ticks[0] - start) / MINUTE : null,
        finished: f,
        lastTick: f === null ? null : lastTick,
        took: f === null ? null : Math.max(0, (f - ready) / MINUTE),
        doneAfter: doneAfter,
        overEstimate: f !== null && section.estimate !== null && section.estimate !== undefined
          && (f - ready) / MINUTE > section.estimate,
        overRto: doneAfter !== null && section.rto !== null && section.rto !== undefined && doneAfter > section.rto,
        openPastRto: f === null && section.rto !== null && section.rto !== undefined && last !== null
          && (last - start) / MINUTE > section.rto
      };
    });

    var total = plan.steps.length;
    var doneCount = plan.steps.filter(function (s) { return done[s.id]; }).length;
    var finishedAll = total > 0 && doneCount === total;
    return {
      mode: mode,
      sources: logs.map(function (log) { return log.name; }),
      provenance: provenance(plan, logs),
      events: events.length,
      start: start,
      first: events.length ? events[0] : null,
      last: events.length ? events[events.length - 1] : null,
      length: start === null ? null : (last - start) / MINUTE,
      steps: total,
      done: doneCount,
      finished: finishedAll,
      overRto: finishedAll && plan.rto !== null && plan.rto !== undefined && (last - start) / MINUTE > plan.rto,
      sections: sections,
      stepRows: stepRows,
      criticalPath: criticalPath(plan, sections, sectionById),
      keyMoments: stepRows.filter(function (r) { return KEY_KINDS.indexOf(r.step.kind) >= 0; }),
      open: stepRows.filter(function (r) { return !r.tick; }),
      notes: events.filter(function (e) { return e.action === 'note' && e.note && stepById[e.step]; })
        .map(function (e) { return { event: e, step: stepById[e.step], tPlus: (time(e) - start) / MINUTE }; }),
      people: Object.keys(people).sort().map(function (k) { return people[k]; }),
      removed: Object.keys(removed).sort().map(function (k) { return removed[k]; }),
      decisions: decisions
    };
  }

  /**
   * The critical path as it happened: from the section done last, back through the section it required that was
   * done last, to one that required nothing done; first section first.
   */
  function criticalPath(plan, sections, sectionById) {
    var byId = {};
    var latest = null;
    sections.forEach(function (s) {
      byId[s.section.id] = s;
      if (s.finished !== null && (latest === null || s.finished > latest.finished)) { latest = s; }
    });
    var path = [];
    var seen = {};
    for (var at = latest; at && !seen[at.section.id];) {
      seen[at.section.id] = true;
      path.unshift(at);
      var before = null;
      (at.section.requires || []).forEach(function (id) {
        var r = byId[id];
        if (sectionById[id] && r && r.finished !== null && (before === null || r.finished > before.finished)) { before = r; }
      });
      at = before;
    }
    return path;
  }

  /** The reports of every mode that has a log: exercise first, then incident. */
  function report(plan, logs, options) {
    var modes = byMode(logs);
    return checklist.MODES.filter(function (m) { return modes[m].length > 0; })
      .map(function (m) { return run(plan, modes[m], m, options); });
  }

  function csvCell(value) {
    var text = value === undefined || value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function minutes(value) { return value === null || value === undefined ? '' : String(Math.round(value)); }

  /** The reports as CSV (RFC 4180, CRLF): a row per run, per section and per step, and per step no longer in the plan. */
  function toCsv(plan, runs) {
    var rows = [CSV_COLUMNS];
    runs.forEach(function (r) {
      rows.push([r.mode, 'run', '', plan.title + ' ' + plan.version, '', r.finished ? 'done' : 'open',
        r.last ? clock(r.last) : '', r.last ? r.last.t : '', minutes(r.length), minutes(r.length),
        minutes(plan.estimate ? plan.estimate.total : null), minutes(plan.rto), r.overRto ? 'yes' : '', '',
        r.done + ' of ' + r.steps + ' steps done']);
      r.sections.forEach(function (s) {
        rows.push([r.mode, 'section', s.section.number, s.section.title, '', s.finished !== null ? 'done'
          : s.done ? 'started' : 'open', '', s.finished !== null ? new Date(s.finished).toISOString() : '',
          minutes(s.doneAfter), minutes(s.took), minutes(s.section.estimate), minutes(s.section.rto),
          s.overRto ? 'yes' : '', '', s.done + ' of ' + s.steps + ' steps done']);
      });
      r.stepRows.forEach(function (row) {
        rows.push([r.mode, 'step', row.step.number, row.step.text, row.step.kind, row.tick ? 'done'
          : row.reopened ? 'unticked' : 'open', row.tick ? clock(row.tick) : '', row.tick ? row.tick.t : '',
          minutes(row.tPlus), minutes(row.took), minutes(row.step.estimate), '', '', row.tick ? row.tick.initials : '',
          row.notes.map(function (n) { return n.note; }).join(' | ')]);
      });
      r.removed.forEach(function (x) {
        rows.push([r.mode, 'removed-step', x.number, x.text, '', 'not in this plan version', '', '', '', '', '', '',
          '', '', x.events + ' event' + (x.events === 1 ? '' : 's') + ' in the log']);
      });
    });
    return rows.map(function (row) { return row.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }

  root.drplanReportCore = {
    duration: duration,
    clock: clock,
    report: report,
    run: run,
    toCsv: toCsv
  };
})(this);
