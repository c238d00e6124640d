/*
 * drplan after-action report, the view: reads the plan report.html carries, takes logs from files the reader picks
 * or from this browser's checklist store (through checklist.js), and lays out each run (report-core.js works it
 * out). Built with DOM calls and textContent only: every string from a log is the reader's data, never markup.
 *
 * <html data-report-ready="N"> counts the renders, so that tests (and people) can tell when a report is shown.
 */
(function () {
  'use strict';
  var core = window.drplanReportCore;
  var checklistCore = window.drplanChecklistCore;
  var planElement = document.getElementById('report-plan');
  var out = document.getElementById('report');
  if (!core || !planElement || !out) { return; }
  var plan = JSON.parse(planElement.textContent);
  var logs = [];
  var runs = [];
  var renders = 0;
  var duration = core.duration;
  var clock = core.clock;
  var LABEL = { exercise: 'Exercise', incident: 'Incident' };
  var KIND = { milestone: 'Milestone', notify: 'Notification', escalate: 'Escalation' };
  var TIMELINE_ROWS = 60;
  var CHUNK = 100;

  function el(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attributes[k]; } else { node.setAttribute(k, attributes[k]); }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function sectionLink(section) {
    var root = document.documentElement.getAttribute('data-root') || '';
    return el('a', { href: root + section.path }, [el('span', { 'class': 'section-number', text: section.number }),
      ' ' + section.title]);
  }

  function tPlus(minutes) { return minutes === null ? '' : 'T+' + duration(minutes); }

  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

  function escape(text) { return String(text).replace(/[&<>"]/g, function (c) { return ESCAPES[c]; }); }

  function linkHtml(section) {
    var root = document.documentElement.getAttribute('data-root') || '';
    return '<a href="' + escape(root + section.path) + '"><span class="section-number">' + escape(section.number)
      + '</span> ' + escape(section.title) + '</a>';
  }

  /**
   * A table; each cell is text, or {text, className}, or {html} made here with every value escaped. Written as one
   * string: a long plan's report has tens of thousands of cells, which node by node take several times as long.
   */
  function table(caption, head, rows, className) {
    var html = ['<table class="table report-table ', escape(className || ''), '"><caption>', escape(caption),
      '</caption><thead><tr>'];
    head.forEach(function (h) { html.push('<th scope="col">', escape(h), '</th>'); });
    html.push('</tr></thead><tbody>');
    rows.forEach(function (cells) {
      html.push(cells.className ? '<tr class="' + escape(cells.className) + '">' : '<tr>');
      cells.forEach(function (cell, i) {
        var tag = i === 0 ? 'th' : 'td';
        var cls = cell && cell.className ? ' class="' + escape(cell.className) + '"' : '';
        var content = cell && cell.html !== undefined ? cell.html
          : escape(cell && cell.text !== undefined ? cell.text : cell === null || cell === undefined ? '' : cell);
        html.push('<', tag, i === 0 ? ' scope="row"' : '', cls, '>', content, '</', tag, '>');
      });
      html.push('</tr>');
    });
    html.push('</tbody></table>');
    var wrap = el('div', { 'class': 'table-wrap' });
    wrap.innerHTML = html.join('');
    return wrap;
  }

  /** A long table in parts of equal columns, each laid out only when on screen (see .report-section-steps). */
  function chunked(caption, head, rows, className) {
    if (rows.length <= CHUNK) { return table(caption, head, rows, className); }
    var parts = [];
    for (var i = 0; i < rows.length; i += CHUNK) {
      parts.push(el('div', { 'class': 'report-section-steps' + (i ? ' continued' : '') }, [table(i === 0 ? caption : caption + ' (continued)',
        head, rows.slice(i, i + CHUNK), className)]));
    }
    return el('div', {}, parts);
  }

  // ---- one run ------------------------------------------------------------------------------------------------
  function summary(run) {
    var facts = [];
    function fact(name, value) { facts.push(el('dt', { text: name }), el('dd', {}, [value])); }
    fact('Logs', run.sources.join(', ') + ' (' + run.events + ' events)');
    fact('From', run.first ? clock(run.first) + (run.start !== Date.parse(run.first.t) ? ' (counted from '
      + checklistCore.localIso(new Date(run.start)).replace('T', ' ').slice(0, 16) + ')' : '') : '—');
    fact('To', run.last ? clock(run.last) + ' (' + duration(run.length) + ')' : '—');
    fact('Steps done', run.done + ' of ' + run.steps);
    fact('People', run.people.filter(function (p) { return p.initials; }).map(function (p) { return p.initials; })
      .join(', ') || 'no initials recorded');
    var verdict;
    if (run.finished) {
      verdict = 'Every step was done after ' + duration(run.length)
        + (plan.rto !== null ? ' against the plan\u2019s RTO of ' + plan.rtoText
          + (run.overRto ? ': ' + duration(run.length - plan.rto) + ' over.' : ': within it.') : '.');
    } else {
      verdict = 'Not finished: ' + (run.steps - run.done) + ' of ' + run.steps + ' steps are open'
        + (run.last ? ' at the last tick, ' + duration(run.length) + ' in' : '') + '.';
    }
    var parts = [el('dl', { 'class': 'report-facts' }, facts),
      el('p', { 'class': 'report-verdict' + (run.overRto || !run.finished ? ' over' : ''), text: verdict })];
    if (plan.estimate) {
      var names = plan.estimate.path.map(function (id) {
        var s = plan.sections.filter(function (x) { return x.id === id; })[0];
        return s ? s.number : id;
      });
      parts.push(el('p', { 'class': 'report-plan-estimate', text: 'By the plan\u2019s estimates the recovery takes '
        + duration(plan.estimate.total) + ', on the critical path ' + names.join(' \u2192 ') + '.' }));
    }
    run.provenance.forEach(function (note) { parts.push(el('p', { 'class': 'report-note', text: note })); });
    return parts;
  }

  /**
   * In a long plan, the sections worth a row on the time line: the critical paths (as planned and as it happened),
   * then those past their RTO, then those that took longest over their estimate, at most TIMELINE_ROWS, in plan order.
   */
  function telling(run, all) {
    var wanted = {};
    var count = 0;
    function want(id) { if (!wanted[id] && count < TIMELINE_ROWS) { wanted[id] = true; count++; } }
    run.criticalPath.forEach(function (s) { want(s.section.id); });
    (plan.estimate ? plan.estimate.path : []).forEach(want);
    all.filter(function (s) { return s.overRto || s.openPastRto; }).forEach(function (s) { want(s.section.id); });
    all.filter(function (s) { return s.took !== null && s.section.estimate !== null; })
      .sort(function (a, b) { return (b.took - b.section.estimate) - (a.took - a.section.estimate); })
      .forEach(function (s) { want(s.section.id); });
    return all.filter(function (s) { return wanted[s.section.id]; });
  }

  /** The run on a time line: per section what the plan expects (outlined) and when it was done (solid). */
  function timeline(run) {
    var all = run.sections.filter(function (s) { return s.steps > 0; });
    if (!all.length || run.start === null) { return null; }
    var rows = all.length <= TIMELINE_ROWS ? all : telling(run, all);
    var end = Math.max(run.length || 0, plan.rto || 0, plan.estimate ? plan.estimate.total : 0, 1);
    var NS = 'http://www.w3.org/2000/svg';
    var rowHeight = 24;
    var left = 60;
    var width = 1000 - left - 10;
    var height = rows.length * rowHeight + 22;
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 1000 ' + height);
    svg.setAttribute('class', 'report-timeline');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Time line of the run: for each section, the time the plan expects (outlined) and '
      + 'the time it took (solid)');
    function x(minutes) { return (left + width * Math.max(0, minutes) / end).toFixed(1); }
    function w(minutes) { return width * Math.max(0, minutes) / end; }
    function rect(cls, x0, y, wide, h, title) {
      var r = document.createElementNS(NS, 'rect');
      r.setAttribute('class', cls);
      r.setAttribute('x', x0);
      r.setAttribute('y', y);
      r.setAttribute('width', Math.max(1, wide).toFixed(1));
      r.setAttribute('height', h);
      if (title) {
        var t = document.createElementNS(NS, 'title');
        t.textContent = title;
        r.appendChild(t);
      }
      svg.appendChild(r);
    }
    function text(cls, x0, y, value, anchor) {
      var t = document.createElementNS(NS, 'text');
      t.setAttribute('class', cls);
      t.setAttribute('x', x0);
      t.setAttribute('y', y);
      if (anchor) { t.setAttribute('text-anchor', anchor); }
      t.textContent = value;
      svg.appendChild(t);
    }
    var step = [15, 30, 60, 120, 240, 480, 1440, 2880].filter(function (m) { return end / m <= 8; })[0] || 10080;
    for (var m = 0; m <= end; m += step) {
      rect('tick', x(m), 0, 1, height - 16);
      text('axis', x(m), height - 3, duration(m), m === 0 ? 'start' : m + step > end ? 'end' : 'middle');
    }
    rows.forEach(function (s, i) {
      var y = i * rowHeight + 2;
      var name = s.section.number + ' ' + s.section.title;
      text('row-label', 0, y + rowHeight / 2 + 3, s.section.number);
      if (s.section.finish !== null && s.section.estimate !== null) {
        rect('planned', x(s.section.finish - s.section.estimate), y + 2, w(s.section.estimate), rowHeight - 6,
          name + ': the plan expects ' + duration(s.section.estimate) + ', done at ' + tPlus(s.section.finish));
      }
      if (s.doneAfter !== null) {
        rect('actual' + (s.overRto ? ' over' : ''), x(s.doneAfter - s.took), y + 7, w(s.took), rowHeight - 16,
          name + ': took ' + duration(s.took) + ', done at ' + tPlus(s.doneAfter));
      } else if (s.started !== null) {
        rect('actual open', x(s.started), y + 7, w((run.length || 0) - s.started), rowHeight - 16,
          name + ': open, ' + s.done + ' of ' + s.steps + ' steps done');
      }
      if (s.section.rto !== null) { rect('rto', x(s.section.rto), y, 2, rowHeight - 2, name + ': RTO ' + s.section.rtoText); }
    });
    if (plan.rto !== null) { rect('plan-rto', x(plan.rto), 0, 3, height - 16, 'The plan\u2019s RTO: ' + plan.rtoText); }
    return el('figure', { 'class': 'report-figure' }, [svg, el('figcaption', { text: (rows.length < all.length
      ? rows.length + ' of ' + all.length + ' sections: the critical paths, those past their RTO and those furthest '
        + 'over their estimate. ' : '') + 'Outlined: the time the plan '
      + 'expects for the section, ending at its earliest finish. Solid: from when the section could start to its '
      + 'last tick (faint while the section is open). Thin marks: each section\u2019s RTO'
      + (plan.rto !== null ? '; the tall one, the plan\u2019s RTO of ' + plan.rtoText : '') + '.' })]);
  }

  function sectionsTable(run) {
    var rows = run.sections.filter(function (s) { return s.steps > 0; }).map(function (s) {
      var status = s.finished !== null ? 'done' : s.done ? s.done + ' of ' + s.steps + ' done' : 'not started';
      var cells = [
        { html: linkHtml(s.section) },
        s.section.estimate === null ? '—' : duration(s.section.estimate),
        { text: s.took === null ? '—' : duration(s.took), className: s.overEstimate ? 'over' : '' },
        s.section.finish === null ? '—' : tPlus(s.section.finish),
        { text: s.lastTick ? clock(s.lastTick).slice(11) + ' (' + tPlus(s.doneAfter) + ')' : '—',
          className: s.overRto ? 'over' : '' },
        s.section.rtoText || '—',
        { text: status + (s.overRto ? ', past its RTO' : s.openPastRto ? ', open past its RTO' : ''),
          className: s.overRto || s.openPastRto ? 'over' : '' }
      ];
      return cells;
    });
    return chunked('Each section: the time the plan expects, the time it took (from when it could start: the '
      + 'sections it requires done) and when it was done, against its RTO',
      ['Section', 'Estimate', 'Took', 'Plan: done at', 'Done at', 'RTO', 'Status'], rows, 'report-sections');
  }

  function criticalPath(run) {
    if (!run.criticalPath.length) { return null; }
    var list = el('ol', { 'class': 'report-path' }, run.criticalPath.map(function (s) {
      return el('li', {}, [sectionLink(s.section), ' — done at ' + tPlus(s.doneAfter) + ', took ' + duration(s.took)
        + (s.section.estimate !== null ? ' (estimate ' + duration(s.section.estimate) + ')' : '')]);
    }));
    return el('div', {}, [el('h3', { text: 'The critical path as it happened' }), el('p', { 'class': 'hint',
      text: 'From the section done last, back through the section it required that was done last.' }), list]);
  }

  function keyMoments(run) {
    if (!run.keyMoments.length) { return null; }
    return chunked('Milestones, notifications and escalations', ['Step', 'Kind', 'Done at', 'By'],
      run.keyMoments.map(function (r) {
        return [r.step.number + ' ' + r.step.text, KIND[r.step.kind] || r.step.kind,
          r.tick ? clock(r.tick) + ' (' + tPlus(r.tPlus) + ')' : { text: 'not done', className: 'over' },
          r.tick ? r.tick.initials : ''];
      }), 'report-key');
  }

  function openSteps(run) {
    if (!run.open.length) { return el('p', { text: 'No step was left open.' }); }
    var bySection = [];
    run.open.forEach(function (r) {
      var last = bySection[bySection.length - 1];
      if (!last || last.section !== r.section) { bySection.push(last = { section: r.section, rows: [] }); }
      last.rows.push(r);
    });
    return el('div', {}, [el('p', { text: run.open.length + ' step' + (run.open.length === 1 ? ' was' : 's were')
      + ' left open or skipped, in ' + bySection.length + ' section' + (bySection.length === 1 ? '' : 's') + '.' })]
      .concat(bySection.map(function (g) {
        return el('div', { 'class': 'report-section-steps' }, [table(g.section.number + ' ' + g.section.title,
          ['Step', 'Status'], g.rows.map(function (r) {
            return [r.step.number + ' ' + r.step.text, r.reopened ? 'ticked, then unticked' : 'never ticked'];
          }), 'report-open')]);
      })));
  }

  function notes(run) {
    if (!run.notes.length) { return null; }
    return table('Notes', ['Step', 'At', 'By', 'Note'], run.notes.map(function (n) {
      return [n.step.number + ' ' + n.step.text, clock(n.event) + ' (' + tPlus(n.tPlus) + ')', n.event.initials || '',
        n.event.note];
    }), 'report-notes');
  }

  function people(run) {
    if (!run.people.length) { return null; }
    return table('Who did what', ['Initials', 'Steps done', 'Notes', 'First', 'Last'], run.people.map(function (p) {
      return [p.initials || '(none)', String(p.ticks), String(p.notes), clock(p.first), clock(p.last)];
    }), 'report-people');
  }

  function decisions(run) {
    if (!run.decisions.length) { return null; }
    return table('Decisions', ['Decision and answer', 'At', 'By'], run.decisions.map(function (d) {
      return [d.event.text || d.event.step + ': ' + d.event.answer, clock(d.event)
        + (d.tPlus === null ? '' : ' (' + tPlus(d.tPlus) + ')'), d.event.initials || ''];
    }), 'report-decisions');
  }

  function removed(run) {
    if (!run.removed.length) { return null; }
    return table(run.removed.length + ' step' + (run.removed.length === 1 ? '' : 's') + ' of the logs no longer in '
      + 'this version of the plan (kept out of the figures above)', ['Step as logged', 'Id', 'Events'],
      run.removed.map(function (x) { return [(x.number ? x.number + ' ' : '') + (x.text || '(no text)'), x.id,
        String(x.events)]; }), 'report-removed');
  }

  /** Every step, a table per section: a long plan's report lays out only what is on screen (content-visibility). */
  function everyStep(run) {
    var bySection = [];
    var current = null;
    run.stepRows.forEach(function (r) {
      if (!current || current.section !== r.section) { current = { section: r.section, rows: [] }; bySection.push(current); }
      current.rows.push(r);
    });
    return el('div', { 'class': 'report-every-step' }, [el('h3', { text: 'Every step' })].concat(bySection.map(function (g) {
      return el('div', { 'class': 'report-section-steps' }, [table(g.section.number + ' ' + g.section.title,
        ['Step', 'Estimate', 'Took', 'Done at', 'By', 'Note'], g.rows.map(function (r) {
          var row = [r.step.number + ' ' + r.step.text, r.step.estimate === null ? '' : duration(r.step.estimate),
            { text: r.took === null ? '' : duration(r.took), className: r.step.estimate !== null && r.took !== null
              && r.took > r.step.estimate ? 'over' : '' },
            r.tick ? clock(r.tick) + ' (' + tPlus(r.tPlus) + ')' : r.reopened ? 'unticked' : 'open',
            r.tick ? r.tick.initials : '', r.notes.map(function (n) { return n.note; }).join(' | ')];
          row.className = r.tick ? '' : 'is-open';
          return row;
        }), 'report-steps')]);
    })));
  }

  function renderRun(run) {
    var heading = el('h2', { id: 'run-' + run.mode }, [el('span', { 'class': 'mode-label mode-' + run.mode,
      text: LABEL[run.mode] }), ' ' + (run.first ? clock(run.first).slice(0, 10) : 'no events')]);
    var parts = [heading].concat(summary(run));
    if (run.events) {
      parts.push(timeline(run), sectionsTable(run), criticalPath(run), keyMoments(run), el('h3', { text: 'Left open' }),
        openSteps(run), decisions(run), notes(run), people(run), removed(run), everyStep(run));
    }
    return el('section', { 'class': 'report-run run-' + run.mode, 'aria-labelledby': 'run-' + run.mode }, parts);
  }

  function render() {
    var start = document.getElementById('run-start');
    var options = {};
    if (start && start.value) { options.start = new Date(start.value).getTime(); }
    runs = core.report(plan, logs, options);
    out.textContent = '';
    if (!runs.length) {
      out.appendChild(el('p', { 'class': 'report-empty', text: 'No log yet: use this browser\u2019s log or import '
        + 'the logs exported from the checklist page.' }));
    }
    runs.forEach(function (run) { out.appendChild(renderRun(run)); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-action="print-report"], [data-action="export-report-csv"]'),
      function (b) { b.disabled = !runs.length; });
    renders++;
    document.documentElement.setAttribute('data-report-ready', String(renders));
  }

  function status(text) { document.getElementById('report-status').textContent = text; }

  /** Adds a log; a log already there (same name, same events) is not counted twice: events are merged per mode. */
  function add(name, record) {
    logs.push({ name: name, plan: record.plan, version: record.version, mode: record.mode, events: record.events });
  }

  function importFiles(files) {
    var pending = Array.prototype.slice.call(files);
    var problems = [];
    var read = 0;
    Promise.all(pending.map(function (file) {
      return new Promise(function (resolve) {
        var reader = new FileReader();
        reader.onload = function () {
          try {
            add(file.name, checklistCore.parseRecord(String(reader.result)));
            read++;
          } catch (err) {
            problems.push(file.name + ': ' + err.message);
          }
          resolve();
        };
        reader.onerror = function () { problems.push(file.name + ': could not be read'); resolve(); };
        reader.readAsText(file);
      });
    })).then(function () {
      render();
      status((read ? 'Read ' + read + ' log' + (read === 1 ? '' : 's') + '. ' : '')
        + (problems.length ? 'Not read: ' + problems.join('; ') + '.' : ''));
    });
  }

  function useBrowserLog() {
    var checklist = window.drplanChecklist;
    if (!checklist || !checklist.log) { status('This browser\u2019s log cannot be read here.'); return; }
    Promise.all(checklistCore.MODES.map(function (mode) { return checklist.log(mode); })).then(function (answers) {
      var found = 0;
      var problems = [];
      answers.forEach(function (answer, i) {
        var mode = checklistCore.MODES[i];
        if (answer.error) { problems.push('the ' + mode + ' log could not be read (' + answer.error + ')'); return; }
        if (answer.record.events.length) {
          logs = logs.filter(function (l) { return l.name !== 'this browser (' + mode + ')'; });
          add('this browser (' + mode + ')', { plan: plan.plan, version: plan.version, mode: mode,
            events: answer.record.events });
          found++;
        }
      });
      render();
      status(found ? 'Using the log' + (found > 1 ? 's' : '') + ' this browser keeps for version ' + plan.version + '.'
        : 'This browser has no log of version ' + plan.version + ' yet.' + (problems.length ? ' ' + problems.join('; ')
          + '.' : ''));
    });
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = el('a', { href: url, download: name, hidden: '' });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  window.drplanReport = {
    /** Adds logs given as text (as if imported from files) and renders; returns the runs. */
    importText: function (name, text) { add(name, checklistCore.parseRecord(text)); render(); return runs; },
    csv: function () { return core.toCsv(plan, runs); },
    runs: function () { return runs; }
  };

  document.addEventListener('change', function (e) {
    if (e.target.id === 'report-files' && e.target.files && e.target.files.length) {
      importFiles(e.target.files);
      e.target.value = '';
    } else if (e.target.id === 'run-start') {
      render();
    }
  });
  document.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('[data-action]') : null;
    if (!t) { return; }
    var action = t.getAttribute('data-action');
    if (action === 'use-browser-log') { useBrowserLog(); }
    else if (action === 'print-report') { window.print(); }
    else if (action === 'export-report-csv') {
      download(plan.plan + '-' + plan.version + '-after-action-report.csv', 'text/csv', core.toCsv(plan, runs));
    }
  });
  render();
})();
