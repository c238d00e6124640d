/*
 * drplan search, the page's part: it loads the index files and shows results; how a query is read and ranked is in
 * search-core.js. The index is built at build time and cut into small files under assets/search/ (see
 * SearchIndexWriter): a query loads only the word lists of the letters its words start with, then what its first
 * results show. Every file is a script that hands its data to drplanSearch.load, so it all works from file:// (no
 * fetch, no XHR, no modules), and nothing loads before the search box is used (lunr.js, search-core.js and the
 * table of contents load then), so pages open as fast as without search.
 * All result text goes into the page as text nodes: a hostile title can never become markup.
 */
(function () {
  'use strict';
  var root = document.documentElement.getAttribute('data-root') || '';
  var MAX_RESULTS = 8;
  var PAGE_RESULTS = 50;

  var files = {};      // name -> data, once loaded
  var waiting = {};    // name -> callbacks waiting for it
  var failed = {};     // name -> true when its script could not be loaded
  var state = { searcher: null, error: null };

  window.drplanSearch = {
    /** Called by every file of the index as it loads. */
    load: function (name, data) {
      files[name] = data;
      var callbacks = waiting[name] || [];
      delete waiting[name];
      callbacks.forEach(function (cb) { cb(null, data); });
    }
  };

  function loadScript(src, done, fail) {
    var s = document.createElement('script');
    s.src = root + src;
    s.onload = done;
    s.onerror = fail;
    document.head.appendChild(s);
  }

  /** Loads one index file (once); calls back with its data or an error. */
  function file(name, callback) {
    if (files.hasOwnProperty(name)) { callback(null, files[name]); return; }
    if (failed[name]) { callback('missing ' + name); return; }
    if (waiting[name]) { waiting[name].push(callback); return; }
    waiting[name] = [callback];
    var fail = function () {
      failed[name] = true;
      var callbacks = waiting[name] || [];
      delete waiting[name];
      callbacks.forEach(function (cb) { cb('missing ' + name); });
    };
    loadScript('assets/search/' + name + '.js', function () { if (waiting[name]) { fail(); } }, fail);
  }

  /** Calls back once every named file is loaded (with an error if one is missing). */
  function files_(names, callback) {
    var left = names.length, error = null;
    if (!left) { callback(null); return; }
    names.forEach(function (name) {
      file(name, function (e) {
        error = error || e;
        if (--left === 0) { callback(error); }
      });
    });
  }

  /** Loads lunr.js (for its word functions), the search core and the index's table of contents once. */
  function whenReady(callback) {
    if (state.searcher) { callback(null); return; }
    if (state.error) { callback(state.error); return; }
    var ready = function (error) {
      if (error || !window.lunr || !window.drplanSearchCore || !files.index) {
        state.error = 'The search index could not be loaded: the bundle is incomplete. The section list and the '
          + 'overview still work.';
        callback(state.error);
        return;
      }
      if (!state.searcher) {
        state.searcher = window.drplanSearchCore.searcher(files.index, window.lunr, function (name) {
          return files.hasOwnProperty(name) ? files[name] : undefined;
        });
      }
      callback(null);
    };
    var scripts = [['lunr', 'assets/lunr.min.js'], ['drplanSearchCore', 'assets/search-core.js']]
      .filter(function (s) { return !window[s[0]]; });
    var left = scripts.length + 1, error = null;
    var each = function (e) { error = error || e; if (--left === 0) { ready(error); } };
    scripts.forEach(function (s) {
      loadScript(s[1], function () { each(null); }, function () { each(s[0]); });
    });
    file('index', each);
  }

  /** Ranks the query (loading the chunks it needs) and calls back with results that carry what they show. */
  function search(text, limit, callback) {
    whenReady(function (error) {
      if (error) { callback(error); return; }
      var searcher = state.searcher, query = searcher.analyse(text);
      if (!query.words.length && !query.ids.length) { callback(null, { terms: [], hits: [], total: 0 }); return; }
      var missing = 'Part of the search index is missing: the bundle is incomplete.';
      // each step needs what the one before loaded: the words' chunks tell which words may be typos
      files_(searcher.chunksFor(query), function (e1) {
        if (e1) { callback(missing); return; }
        files_(searcher.typoListsFor(query), function (e2) {
          if (e2) { callback(missing); return; }
          files_(searcher.typoChunksFor(query), function (e3) {
            if (e3) { callback(missing); return; }
            var ranked = searcher.rank(query);
            files_(searcher.metaFilesFor(ranked.hits.slice(0, limit)), function (e4) {
              if (e4) { callback(missing); return; }
              callback(null, searcher.results(query, ranked, limit));
            });
          });
        });
      });
    });
  }

  // ---- showing results -----------------------------------------------------------------------------------------
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  /** Appends text to parent, with each word starting like a query term wrapped in <mark>. */
  function appendHighlighted(parent, text, terms) {
    if (!terms.length) { parent.appendChild(document.createTextNode(text)); return; }
    // longest first: of "note" and "notes", "notes" is marked whole
    var longestFirst = terms.slice().sort(function (a, b) { return b.length - a.length; });
    var pattern = new RegExp('(^|[^\\w])(' + longestFirst.map(escapeRegExp).join('|') + ')', 'gi');
    var last = 0, m;
    while ((m = pattern.exec(text)) !== null) {
      var start = m.index + m[1].length;
      parent.appendChild(document.createTextNode(text.slice(last, start)));
      var mark = document.createElement('mark');
      mark.textContent = m[2];
      parent.appendChild(mark);
      last = start + m[2].length;
      if (m[0].length === 0) { pattern.lastIndex++; }
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function excerpt(text, terms) {
    var lower = text.toLowerCase(), at = -1;
    terms.forEach(function (t) {
      var i = lower.indexOf(t);
      if (i >= 0 && (at < 0 || i < at)) { at = i; }
    });
    var start = Math.max(0, at - 60);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 180);
    var endSpace = text.lastIndexOf(' ', end);
    end = end < text.length && endSpace > at ? endSpace : end;
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function resultElement(hit, terms) {
    var a = document.createElement('a');
    a.className = 'search-result';
    a.href = root + hit.u;
    var where = document.createElement('span');
    where.className = 'search-result-where';
    where.textContent = hit.p;
    var title = document.createElement('span');
    title.className = 'search-result-title';
    appendHighlighted(title, hit.t, terms);
    var text = document.createElement('span');
    text.className = 'search-result-excerpt';
    appendHighlighted(text, excerpt(hit.x, terms), terms);
    a.appendChild(where);
    a.appendChild(title);
    a.appendChild(text);
    return a;
  }

  function fallbackText(result) {
    return 'No section has all of ' + result.words.map(function (w) { return '“' + w + '”'; }).join(', ')
      + '. Sections with some of them:';
  }

  function setUpBox() {
    var input = document.getElementById('search-input');
    var box = document.getElementById('search-results');
    if (!input || !box) { return; }
    var active = -1, asked = 0;

    function options() { return box.querySelectorAll('.search-result'); }
    function close() { box.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; }
    function setActive(i) {
      var all = options();
      if (!all.length) { return; }
      active = (i + all.length) % all.length;
      Array.prototype.forEach.call(all, function (o, k) { o.setAttribute('aria-selected', k === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }
    function message(text, keep) {
      if (!keep) { box.textContent = ''; }
      var p = document.createElement('div');
      p.className = 'search-message';
      p.textContent = text;
      box.appendChild(p);
      box.hidden = false;
    }
    function render() {
      var text = input.value.trim();
      if (!text) { close(); box.textContent = ''; return; }
      var ticket = ++asked;
      if (!state.searcher && !state.error) { message('Loading the search index…'); }
      search(text, MAX_RESULTS, function (error, result) {
        if (ticket !== asked) { return; }
        if (error) { message(error); return; }
        box.textContent = '';
        active = -1;
        if (!result.hits.length) {
          message(text.length < 2 ? 'Type a little more…' : 'No results for “' + text + '”.');
        } else {
          if (result.fallback) { message(fallbackText(result), true); }
          result.hits.forEach(function (hit, i) {
            var el = resultElement(hit, result.terms);
            el.id = 'search-option-' + i;
            el.setAttribute('role', 'option');
            el.setAttribute('aria-selected', 'false');
            box.appendChild(el);
          });
          var all = document.createElement('a');
          all.className = 'search-all';
          all.href = root + 'search.html?q=' + encodeURIComponent(text);
          all.textContent = 'All ' + result.total + ' results';
          box.appendChild(all);
          box.hidden = false;
        }
        input.setAttribute('aria-expanded', 'true');
      });
    }

    input.addEventListener('focus', function () { whenReady(function () {}); });
    input.addEventListener('input', render);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); setActive(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(active - 1); }
      else if (e.key === 'Escape') { input.value = ''; close(); box.textContent = ''; }
      else if (e.key === 'Enter') {
        var all = options();
        if (all.length) { e.preventDefault(); window.location.href = all[active >= 0 ? active : 0].href; }
      }
    });
    document.addEventListener('keydown', function (e) {
      var target = e.target;
      var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (e.key === '/' && !typing) { e.preventDefault(); input.focus(); }
    });
    document.addEventListener('click', function (e) {
      if (!box.contains(e.target) && e.target !== input) { close(); }
    });
  }

  /** search.html: the results for ?q=, the first PAGE_RESULTS of them. */
  function setUpPage() {
    var list = document.getElementById('search-page-results');
    if (!list) { return; }
    var status = document.getElementById('search-page-status');
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    var text = match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
    var input = document.getElementById('search-input');
    if (input) { input.value = text; }
    if (!text.trim()) { return; }
    search(text, PAGE_RESULTS, function (error, result) {
      if (error) { status.textContent = error; return; }
      status.textContent = (result.fallback ? fallbackText(result) + ' ' : '') + result.total + ' result'
        + (result.total === 1 ? '' : 's') + ' for “' + text + '”'
        + (result.total > result.hits.length ? ', the first ' + result.hits.length + ' shown' : '');
      result.hits.forEach(function (hit) {
        var li = document.createElement('li');
        li.appendChild(resultElement(hit, result.terms));
        list.appendChild(li);
      });
    });
  }

  function start() { setUpBox(); setUpPage(); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
