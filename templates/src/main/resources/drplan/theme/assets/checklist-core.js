/*
 * drplan checklist, part 1 of 3: the core. Pure functions over execution logs, with no DOM and no storage, so that
 * the page (checklist.js), the store document (store.html) and tests in any JavaScript engine use the same code.
 *
 * A record holds one plan, plan version and mode (exercise or incident): {format: 1, plan, version, mode, events}.
 * Its events are an append-only log {t (UTC ISO), local (local ISO with offset), step, action: "tick" | "untick" |
 * "note" | "decide", initials, note?, answer?, number?, build?, text}: build is the build id of the page the event
 * was recorded on, so a log says which copy of the plan each step was done from. A step is done when its last
 * tick/untick is a tick. A decision point's answer is a "decide" event whose step is the decision's id and whose
 * answer is the chosen answer's key; the last one counts.
 */
(function (root) {
  'use strict';

  var MODES = ['exercise', 'incident'];
  var CSV_COLUMNS = ['time_local', 'time_utc', 'plan', 'version', 'build', 'mode', 'step', 'step_number', 'action',
    'initials', 'note', 'text', 'answer'];

  function isArray(value) { return Object.prototype.toString.call(value) === '[object Array]'; }

  function isMode(value) { return MODES.indexOf(value) >= 0; }

  /** Storage keys: the record of one plan version and mode, the plan version's current mode, the reader's initials. */
  var keys = {
    initials: 'drplan/initials',
    mode: function (plan, version) { return 'drplan/' + plan + '/' + version + '/mode'; },
    record: function (plan, version, mode) { return 'drplan/' + plan + '/' + version + '/' + mode; }
  };

  function emptyRecord(plan, version, mode) {
    return { format: 1, plan: plan, version: version, mode: mode, events: [] };
  }

  function isRecord(value) {
    return value !== null && typeof value === 'object' && isArray(value.events);
  }

  /** The record stored as {@code raw}: {@code empty} when nothing is stored, null when what is stored is damaged. */
  function readRecord(raw, empty) {
    if (raw === null || raw === undefined) { return empty; }
    var record = null;
    try { record = JSON.parse(raw); } catch (e) { return null; }
    return isRecord(record) ? record : null;
  }

  function isEvent(e) {
    return e !== null && typeof e === 'object' && typeof e.t === 'string' && e.t !== ''
      && typeof e.step === 'string' && e.step !== '' && typeof e.action === 'string' && e.action !== '';
  }

  /** Two events are the same when time, step, action, initials and note agree (an import of our own export). */
  function eventKey(e) { return [e.t, e.step, e.action, e.initials || '', e.note || ''].join('|'); }

  function byTime(a, b) { return a.t < b.t ? -1 : a.t > b.t ? 1 : 0; }

  /**
   * Merges {@code incoming} into {@code events}: new, well-formed events are added, duplicates and malformed ones
   * skipped, the result ordered by time (stable, so same-time events keep their order). Changes neither argument.
   * Returns {events, added: the events that were new}.
   */
  function merge(events, incoming) {
    var known = {};
    var merged = events.slice();
    var added = [];
    events.forEach(function (e) { known[eventKey(e)] = true; });
    (incoming || []).forEach(function (e) {
      if (!isEvent(e) || known[eventKey(e)]) { return; }
      known[eventKey(e)] = true;
      merged.push(e);
      added.push(e);
    });
    merged.sort(byTime);
    return { events: merged, added: added };
  }

  /** Step id -> the tick event that made it done, for every step whose last tick/untick is a tick. */
  function doneSteps(events) {
    var last = {};
    events.forEach(function (e) {
      if (e.action === 'tick' || e.action === 'untick') { last[e.step] = e; }
    });
    var done = {};
    Object.keys(last).forEach(function (step) { if (last[step].action === 'tick') { done[step] = last[step]; } });
    return done;
  }

  /** Decision id -> the decide event that chose its answer (the latest). */
  function decisions(events) {
    var chosen = {};
    events.forEach(function (e) { if (e.action === 'decide' && e.answer) { chosen[e.step] = e; } });
    return chosen;
  }

  /** Step id -> its latest note. */
  function notes(events) {
    var byStep = {};
    events.forEach(function (e) { if (e.action === 'note' && e.note) { byStep[e.step] = e.note; } });
    return byStep;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** The date as local ISO time with the offset, e.g. 2026-11-25T14:03:09+01:00. */
  function localIso(date) {
    var offset = -date.getTimezoneOffset();
    var sign = offset >= 0 ? '+' : '-';
    offset = Math.abs(offset);
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T' + pad(date.getHours())
      + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) + sign + pad(Math.floor(offset / 60)) + ':'
      + pad(offset % 60);
  }

  /**
   * A new event at {@code date}; {@code fields} gives step, action, initials and, for notes, note; text and number
   * are the step's as the page shows them (the number as on paper, e.g. 5.3.7).
   */
  function newEvent(fields, date) {
    var e = { t: date.toISOString(), local: localIso(date), step: fields.step, action: fields.action,
      initials: fields.initials || '' };
    if (fields.note) { e.note = fields.note; }
    if (fields.answer) { e.answer = fields.answer; }
    if (fields.number) { e.number = fields.number; }
    if (fields.build) { e.build = fields.build; }
    e.text = fields.text || '';
    return e;
  }

  /** The events with each step's number filled in from {@code numberOf} where an older event lacks it. */
  function numbered(events, numberOf) {
    return events.map(function (e) {
      if (e.number || !numberOf || !numberOf(e.step)) { return e; }
      var copy = {};
      Object.keys(e).forEach(function (k) { copy[k] = e[k]; });
      copy.number = numberOf(e.step);
      return copy;
    });
  }

  function csvCell(value) {
    var text = value === undefined || value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /**
   * The log as CSV (RFC 4180, CRLF), one row per event; {@code context} gives plan, version, build and mode, and
   * optionally numberOf(step), the step's number on this page, for events recorded without one; an event recorded
   * without a build shows the exporting page's.
   */
  function toCsv(events, context) {
    var rows = [CSV_COLUMNS];
    numbered(events, context.numberOf).forEach(function (e) {
      rows.push([e.local, e.t, context.plan, context.version, e.build || context.build, context.mode, e.step, e.number,
        e.action, e.initials, e.note, e.text, e.answer]);
    });
    return rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }

  /** The record as JSON; numberOf(step) fills in step numbers that events were recorded without. */
  function toJson(record, numberOf) {
    var copy = {};
    Object.keys(record).forEach(function (k) { copy[k] = record[k]; });
    copy.events = numbered(record.events, numberOf);
    return JSON.stringify(copy, null, 2) + '\n';
  }

  function csvRows(text) {
    var rows = [], row = [], cell = '', quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (quoted) {
        if (c === '"' && text.charAt(i + 1) === '"') { cell += '"'; i++; } else if (c === '"') { quoted = false; } else { cell += c; }
      } else if (c === '"') {
        quoted = true;
      } else if (c === ',') {
        row.push(cell); cell = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text.charAt(i + 1) === '\n') { i++; }
        row.push(cell); rows.push(row); row = []; cell = '';
      } else {
        cell += c;
      }
    }
    if (cell || row.length) { row.push(cell); rows.push(row); }
    return rows;
  }

  /** A CSV log as {plan, version, mode, events}: plan, version and mode are those of its first row. */
  function recordFromCsv(text) {
    var rows = csvRows(text);
    var head = rows.shift() || [];
    if (head.indexOf('step') < 0 || head.indexOf('action') < 0 || head.indexOf('time_utc') < 0) {
      throw new Error('not a drplan execution log (a CSV log starts with the columns ' + CSV_COLUMNS.join(',') + ')');
    }
    var record = { format: 1, plan: null, version: null, mode: null, events: [] };
    rows.filter(function (r) { return r.length > 1; }).forEach(function (r) {
      var o = {};
      head.forEach(function (h, k) { o[h] = r[k]; });
      if (record.events.length === 0) {
        record.plan = o.plan || null;
        record.version = o.version || null;
        record.mode = isMode(o.mode) ? o.mode : null;
      }
      var e = { t: o.time_utc, local: o.time_local, step: o.step, action: o.action, initials: o.initials || '' };
      if (o.note) { e.note = o.note; }
      if (o.answer) { e.answer = o.answer; }
      if (o.step_number) { e.number = o.step_number; }
      if (o.build) { e.build = o.build; }
      e.text = o.text || '';
      record.events.push(e);
    });
    return record;
  }

  /**
   * An exported log, JSON or CSV (a byte-order mark is ignored), as {plan, version, mode, events}; plan, version and
   * mode are null where the log does not say. Throws an Error saying why it is not a log.
   */
  function parseRecord(text) {
    var trimmed = String(text).replace(/^\uFEFF/, '').trim();
    if (trimmed.charAt(0) !== '{') { return recordFromCsv(trimmed); }
    var parsed;
    try { parsed = JSON.parse(trimmed); } catch (e) { throw new Error('not a drplan execution log (' + e.message + ')'); }
    if (!isRecord(parsed)) { throw new Error('not a drplan execution log'); }
    return { format: 1, plan: typeof parsed.plan === 'string' ? parsed.plan : null,
      version: typeof parsed.version === 'string' ? parsed.version : null,
      mode: isMode(parsed.mode) ? parsed.mode : null, events: parsed.events };
  }

  /** The events of an exported log, JSON or CSV; throws an Error saying why not. */
  function parseLog(text) {
    return parseRecord(text).events;
  }

  root.drplanChecklistCore = {
    MODES: MODES,
    keys: keys,
    isMode: isMode,
    emptyRecord: emptyRecord,
    isRecord: isRecord,
    readRecord: readRecord,
    isEvent: isEvent,
    merge: merge,
    doneSteps: doneSteps,
    decisions: decisions,
    notes: notes,
    localIso: localIso,
    newEvent: newEvent,
    toCsv: toCsv,
    toJson: toJson,
    parseLog: parseLog,
    parseRecord: parseRecord
  };
})(this);
