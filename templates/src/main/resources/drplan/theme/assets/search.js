/*
 * drplan search: lunr over an index built at build time. Everything loads by <script> tags, lazily on the first
 * use of the search box, so it works from file:// (no fetch, no XHR, no modules) and pages open instantly.
 * All result text goes into the page as text nodes: a hostile title can never become markup.
 */
(function () {
  'use strict';
  var root = document.documentElement.getAttribute('data-root') || '';
  var MAX_RESULTS = 8;
  var state = { index: null, docs: null, loading: false, waiting: [] };

  function loadScript(src, done, failed) {
    var s = document.createElement('script');
    s.src = root + src;
    s.onload = done;
    s.onerror = failed;
    document.head.appendChild(s);
  }

  /** Loads lunr and the index once; calls back when ready (or with an error message). */
  function whenReady(callback) {
    if (state.index) { callback(); return; }
    state.waiting.push(callback);
    if (state.loading) { return; }
    state.loading = true;
    var fail = function () {
      state.loading = false;
      var waiting = state.waiting; state.waiting = [];
      waiting.forEach(function (cb) { cb('The search index could not be loaded.'); });
    };
    loadScript('assets/lunr.js', function () {
      loadScript('assets/search-index.js', function () {
        var data = window.drplanSearchData;
        if (!window.lunr || !data) { fail(); return; }
        state.index = window.lunr.Index.load(data.index);
        state.docs = data.docs;
        var waiting = state.waiting; state.waiting = [];
        waiting.forEach(function (cb) { cb(); });
      }, fail);
    }, fail);
  }

  function queryTerms(text) {
    return window.lunr.tokenizer(text).map(function (t) { return t.toString(); })
      .filter(function (t) { return t && window.lunr.stopWordFilter(t) !== undefined; });
  }

  /** Exact words rank first, then words starting with what was typed, then (5+ letters) one typo away. */
  function search(text) {
    var terms = queryTerms(text);
    if (!terms.length) { return { terms: [], hits: [] }; }
    var hits = state.index.query(function (q) {
      terms.forEach(function (term) {
        q.term(term, { boost: 10 });
        q.term(term, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING, boost: 4 });
        if (term.length >= 5) { q.term(term, { usePipeline: false, editDistance: 1, boost: 1 }); }
      });
    });
    return { terms: terms, hits: hits.map(function (h) { return state.docs[Number(h.ref)]; }) };
  }

  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  /** Appends text to parent, with each word starting like a query term wrapped in <mark>. */
  function appendHighlighted(parent, text, terms) {
    if (!terms.length) { parent.appendChild(document.createTextNode(text)); return; }
    var pattern = new RegExp('(^|[^\\w])(' + terms.map(escapeRegExp).join('|') + ')', 'gi');
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

  function resultElement(doc, terms, tag) {
    var a = document.createElement(tag || 'a');
    a.className = 'search-result';
    a.href = root + doc.u;
    var title = document.createElement('span');
    title.className = 'search-result-title';
    appendHighlighted(title, doc.t, terms);
    var where = document.createElement('span');
    where.className = 'search-result-where';
    where.textContent = doc.p + (doc.s !== doc.t && doc.s !== doc.p ? ' › ' + doc.s : '');
    var text = document.createElement('span');
    text.className = 'search-result-excerpt';
    appendHighlighted(text, excerpt(doc.x, terms), terms);
    a.appendChild(where);
    a.appendChild(title);
    a.appendChild(text);
    return a;
  }

  function setUpBox() {
    var input = document.getElementById('search-input');
    var box = document.getElementById('search-results');
    if (!input || !box) { return; }
    var active = -1;

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
    function message(text) {
      box.textContent = '';
      var p = document.createElement('div');
      p.className = 'search-message';
      p.textContent = text;
      box.appendChild(p);
      box.hidden = false;
    }
    function render() {
      var text = input.value.trim();
      if (!text) { close(); box.textContent = ''; return; }
      if (!state.index) { message('Loading the search index…'); }
      whenReady(function (error) {
        if (error) { message(error); return; }
        var started = window.performance ? performance.now() : 0;
        var result = search(input.value.trim());
        box.textContent = '';
        active = -1;
        if (!result.hits.length) {
          message('No results for “' + text + '”.');
        } else {
          result.hits.slice(0, MAX_RESULTS).forEach(function (doc, i) {
            var el = resultElement(doc, result.terms);
            el.id = 'search-option-' + i;
            el.setAttribute('role', 'option');
            el.setAttribute('aria-selected', 'false');
            box.appendChild(el);
          });
          var all = document.createElement('a');
          all.className = 'search-all';
          all.href = root + 'search.html?q=' + encodeURIComponent(text);
          all.textContent = 'All ' + result.hits.length + ' results';
          box.appendChild(all);
          box.hidden = false;
        }
        input.setAttribute('aria-expanded', 'true');
        window.drplanSearchLastMs = window.performance ? performance.now() - started : 0;
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

  /** search.html: every result for ?q=. */
  function setUpPage() {
    var list = document.getElementById('search-page-results');
    if (!list) { return; }
    var status = document.getElementById('search-page-status');
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    var text = match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
    var input = document.getElementById('search-input');
    if (input) { input.value = text; }
    if (!text.trim()) { return; }
    whenReady(function (error) {
      if (error) { status.textContent = error; return; }
      var result = search(text);
      status.textContent = result.hits.length + ' result' + (result.hits.length === 1 ? '' : 's') + ' for “' + text + '”';
      result.hits.forEach(function (doc) {
        var li = document.createElement('li');
        li.appendChild(resultElement(doc, result.terms));
        list.appendChild(li);
      });
    });
  }

  function start() { setUpBox(); setUpPage(); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
