/*
 * drplan search. The index is built at build time and cut into small files under assets/search/ (see
 * SearchIndexWriter): a query loads only the word lists of the letters its words start with, then what its first
 * results show. Every file is a script that hands its data to drplanSearch.load, so it all works from file:// (no
 * fetch, no XHR, no modules), and nothing loads before the search box is used, so pages open as fast as without
 * search. Query words go through lunr.js's own tokenizer, trimmer, stop words and stemmer, as the indexed words did.
 *
 * Matching: every word of the query must be in the section (AND), else any word (said so). Each query word matches
 * at a tier: an exact word, then a word of the same stem, then a word it begins (the word being typed), then, for
 * words of 5+ letters that match nothing, a word one typo away (found in two word lists, b- and e-, see findTypos);
 * an identifier typed whole (a host name, an error code) is a tier above an exact word. A stop word typed last is
 * searched as the start of a word (see analyse). Sections rank by how many query words they hold, then by the tiers
 * of their matches (so "formation" finds the page that says "formation" before one titled "Formatting"), then by
 * score: BM25 with the fields weighted at build time (title over headings, tags, roles, steps, body).
 * All result text goes into the page as text nodes: a hostile title can never become markup.
 */
(function () {
  'use strict';
  var root = document.documentElement.getAttribute('data-root') || '';
  var MAX_RESULTS = 8;
  var PAGE_RESULTS = 50;
  /** Match tiers: a value is tier * TIER + score, so any match of a higher tier beats any of a lower one. */
  var TYPO = 0, BEGINS = 1, SAME_STEM = 2, EXACT = 3, IDENTIFIER = 4, TIER = 1e7;

  var files = {};      // name -> data, once loaded
  var waiting = {};    // name -> callbacks waiting for it
  var failed = {};     // name -> true when its script could not be loaded
  var state = { index: null, partSection: null, error: null };

  window.drplanSearch = {
    /** Called by every file of the index as it loads. */
    load: function (name, data) {
      files[name] = data;
      var callbacks = waiting[name] || [];
      delete waiting[name];
      callbacks.forEach(function (cb) { cb(null, data); });
    },
    /** The names of the index files this page has loaded, in order (for the benchmark). */
    loaded: [],
    /** When the box was first typed in, each query text typed and its results shown (for the benchmark). */
    timing: { firstInput: null, asked: {}, shown: {} }
  };

  function now() { return window.performance ? performance.now() : Date.now(); }

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
    window.drplanSearch.loaded.push(name);
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

  /** Loads lunr.js (for its word functions) and the index's table of contents once. */
  function whenReady(callback) {
    if (state.index) { callback(null); return; }
    if (state.error) { callback(state.error); return; }
    var ready = function (error) {
      if (error || !window.lunr || !files.index) {
        state.error = 'The search index could not be loaded: the bundle is incomplete. The section list and the '
          + 'overview still work.';
        callback(state.error);
        return;
      }
      if (!state.index) { prepare(files.index); }
      callback(null);
    };
    if (window.lunr) { file('index', ready); return; }
    var left = 2, error = null;
    var both = function (e) { error = error || e; if (--left === 0) { ready(error); } };
    loadScript('assets/lunr.min.js', function () { both(null); }, function () { both('lunr'); });
    file('index', both);
  }

  function prepare(index) {
    var partSection = [];
    index.partsPerSection.forEach(function (count, section) {
      for (var i = 0; i < count; i++) { partSection.push(section); }
    });
    state.partSection = partSection;
    state.words = { prefix: 'w-', keys: index.words, has: toSet(index.words), split: toSet(index.wordSplits) };
    state.ids = { prefix: 'i-', keys: index.ids, has: toSet(index.ids), split: toSet(index.idSplits) };
    state.beginnings = { prefix: 'b-', has: toSet(index.beginnings), split: toSet(index.beginningSplits) };
    state.endings = { prefix: 'e-', has: toSet(index.endings), split: toSet(index.endingSplits) };
    state.index = index;
  }

  function toSet(list) {
    var set = {};
    list.forEach(function (k) { set[k] = true; });
    return set;
  }

  // ---- query words, as the index has them ---------------------------------------------------------------------
  function token(text) { return new window.lunr.Token(text); }

  /** A chunk key as its file name: ASCII letters and digits as they are, anything else as _xxxx. */
  function fileKey(k) {
    var out = '';
    for (var i = 0; i < k.length; i++) {
      var c = k.charAt(i);
      out += /[a-z0-9]/.test(c) ? c : '_' + ('000' + k.charCodeAt(i).toString(16)).slice(-4);
    }
    return out;
  }

  /**
   * The key of the chunk that holds a term (SearchChunks): its first character, one more while that key was split
   * and the term is longer.
   */
  function chunkKey(kind, term) {
    var chars = Array.from(term), n = Math.min(1, chars.length), k = fileKey(chars.slice(0, n).join(''));
    while (kind.split[k] && chars.length > n) { n++; k = fileKey(chars.slice(0, n).join('')); }
    return k;
  }

  /** The chunk file that holds a term itself, or null when no chunk could. */
  function chunkOf(kind, term) {
    var k = chunkKey(kind, term);
    return kind.has[k] ? kind.prefix + k : null;
  }

  /**
   * The chunk files that hold a term and the terms it begins: its own chunk, and, for a term of two or more
   * characters that is itself a split key, every chunk under it.
   */
  function chunkNames(kind, term) {
    var k = chunkKey(kind, term);
    // a single letter matches whole words only (see wordScores): it needs no chunk under it
    var under = kind.split[k] && Array.from(term).length >= 2;
    var keys = under ? kind.keys.filter(function (x) { return x.lastIndexOf(k, 0) === 0; }) : kind.has[k] ? [k] : [];
    return keys.map(function (x) { return kind.prefix + x; });
  }

  /** The entries of the loaded chunks for a term. */
  function entriesFor(kind, term) {
    var entries = [];
    chunkNames(kind, term).forEach(function (name) { entries = entries.concat(files[name] || []); });
    return entries;
  }

  function identifiers(text) {
    return text.split(/\s+/).map(function (t) {
      return t.toLowerCase().replace(/^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$/g, '');
    }).filter(function (id) {
      return id.length >= 3 && id.length <= 100 && /[A-Za-z0-9][-_.\/:@][A-Za-z0-9]/.test(id);
    });
  }

  /**
   * The query's words (trimmed, with their stems) and whole identifiers. Stop words are left out, as lunr left them out
   * of the index, except the last word: it may be the start of a longer word ("not" on the way to "notify"), so it is
   * kept as a prefix ({@code prefix}). After other words it is {@code optional}: it ranks the sections with a word
   * it begins first but filters none out, as the reader may have finished typing "restore the".
   */
  function analyse(text) {
    var words = [], tokens = window.lunr.tokenizer(text);
    tokens.forEach(function (t, i) {
      var word = window.lunr.trimmer(token(t.toString())).toString();
      if (!word || words.some(function (w) { return w.word === word; })) { return; }
      var stop = window.lunr.stopWordFilter(word) === undefined;
      if (stop && (i < tokens.length - 1 || word.length < 2)) { return; }
      words.push({ word: word, stem: window.lunr.stemmer(token(word)).toString(), prefix: stop });
    });
    words.forEach(function (w) { w.optional = w.prefix && words.length > 1; });
    return { words: words, ids: identifiers(text) };
  }

  function required(words) { return words.filter(function (w) { return !w.optional; }); }

  function chunksFor(query) {
    var names = [];
    function add(name) { if (names.indexOf(name) < 0) { names.push(name); } }
    query.words.forEach(function (w) { chunkNames(state.words, w.word).forEach(add); });
    query.ids.forEach(function (id) { chunkNames(state.ids, id).forEach(add); });
    return names;
  }

  // ---- scoring --------------------------------------------------------------------------------------------------
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0, j = 0, edits = 0;
    while (i < a.length && j < b.length) {
      if (a.charAt(i) === b.charAt(j)) { i++; j++; continue; }
      if (++edits > 1) { return false; }
      if (a.length > b.length) { i++; } else if (b.length > a.length) { j++; } else { i++; j++; }
    }
    return edits + (a.length - i) + (b.length - j) <= 1;
  }

  /** Records each posting's value at this tier in scores[part], keeping the best match of the query word per part. */
  function addPostings(scores, postings, tier) {
    var part = 0;
    for (var i = 0; i < postings.length; i += 2) {
      part += postings[i];
      var value = tier * TIER + postings[i + 1];
      if (!(scores[part] >= value)) { scores[part] = value; }
    }
  }

  /** How a chunk entry matches a query word: exactly, by the same stem, as a word it begins; -1 if not at all. */
  function tierOf(entry, w) {
    var term = entry[0], stem = entry[1] || term;
    if (term === w.word) { return EXACT; }
    if (stem === w.stem) { return SAME_STEM; }
    return w.word.length >= 2 && term.lastIndexOf(w.word, 0) === 0 ? BEGINS : -1;
  }

  /** A word of 5+ letters that matches nothing in its chunk is taken for a typo of a word (see findTypos). */
  function mayBeTypo(w) {
    return !w.prefix && w.word.length >= 5
      && !entriesFor(state.words, w.word).some(function (entry) { return tierOf(entry, w) >= 0; });
  }

  /**
   * Part scores for one query word: exact, same stem, begins (being typed), else one typo away. The words matched by
   * stem or typo go into {@code shown}, so that results mark them too.
   */
  function wordScores(w, shown) {
    if (w.prefix) { return prefixScores(w, shown); }
    var scores = {};
    entriesFor(state.words, w.word).forEach(function (entry) {
      var tier = tierOf(entry, w);
      if (tier >= 0) { addPostings(scores, entry[2], tier); }
      if (tier === SAME_STEM) { shown.push(entry[0]); }
    });
    if (mayBeTypo(w)) {
      typoEntries(w).forEach(function (entry) { addPostings(scores, entry[2], TYPO); shown.push(entry[0]); });
    }
    return scores;
  }

  /** The chunk entries of the words one typo away from a query word (found by findTypos). */
  function typoEntries(w) {
    var entries = [];
    (w.typos || []).forEach(function (term) {
      (files[chunkOf(state.words, term)] || []).forEach(function (entry) {
        if (entry[0] === term) { entries.push(entry); }
      });
    });
    return entries;
  }

  function reversed(word) { return Array.from(word).reverse().join(''); }

  /**
   * The word lists a typo of the word is looked up in: the words that begin as it does and those that end as it
   * does. A chunk is named by its words' first letters, so a typo among those would miss it; one typo cannot be
   * among both the first and the last letters that the two lists are keyed by (short keys: lists are small).
   */
  function typoLists(w) {
    return unique([chunkOf(state.beginnings, w.word), chunkOf(state.endings, reversed(w.word))]);
  }

  /** For each query word that may be a typo: the words one typo away (w.typos), with their chunks loaded. */
  function findTypos(query, callback) {
    var words = query.words.filter(mayBeTypo);
    var lists = unique([].concat.apply([], words.map(typoLists)));
    files_(lists, function (error) {
      if (error) { callback(error); return; }
      var chunks = [];
      words.forEach(function (w) {
        var listed = [].concat.apply([], typoLists(w).map(function (name) { return files[name]; }));
        w.typos = unique(listed.filter(function (term) { return withinOneEdit(term, w.word); }));
        chunks = chunks.concat(w.typos.map(function (term) { return chunkOf(state.words, term); }));
      });
      files_(unique(chunks), callback);
    });
  }

  /** The values, each once, without nulls. */
  function unique(values) {
    return values.filter(function (v, i) { return v && values.indexOf(v) === i; });
  }

  /** Part scores for a stop word being typed: the words it begins (it is not in the index itself). */
  function prefixScores(w, shown) {
    var scores = {};
    entriesFor(state.words, w.word).forEach(function (entry) {
      if (entry[0].lastIndexOf(w.word, 0) === 0) { addPostings(scores, entry[2], BEGINS); shown.push(entry[0]); }
    });
    return scores;
  }

  function idScores(id) {
    var chunk = entriesFor(state.ids, id);
    var scores = {};
    chunk.forEach(function (entry) {
      if (entry[0] === id) { addPostings(scores, entry[2], IDENTIFIER); }
      else if (entry[0].lastIndexOf(id, 0) === 0) { addPostings(scores, entry[2], BEGINS); }
    });
    return scores;
  }

  /**
   * Sections ranked: those with every word (else any word, with fallback set), each with the part that holds most
   * of the query, which a hit opens.
   */
  function rank(query) {
    var shown = [];
    var perWord = query.words.map(function (w) { return wordScores(w, shown); });
    var perId = query.ids.map(idScores);
    var sections = {};
    function section(s) {
      return sections[s] || (sections[s] = { section: s, words: [], ids: [], best: -1, bestScore: -1, parts: {} });
    }
    // a section counts each query word (and identifier) once, at its best part: a page that repeats a word in
    // every heading does not outrank the page that has it exactly
    function collect(perTerm, field) {
      perTerm.forEach(function (scores, t) {
        Object.keys(scores).forEach(function (p) {
          var entry = section(state.partSection[p]);
          entry[field][t] = Math.max(entry[field][t] || 0, scores[p]);
          entry.parts[p] = (entry.parts[p] || 0) + scores[p];
        });
      });
    }
    collect(perWord, 'words');
    collect(perId, 'ids');
    function sum(values) { return values.reduce(function (a, b) { return a + (b || 0); }, 0); }
    var all = Object.keys(sections).map(function (s) {
      var entry = sections[s];
      entry.matched = query.words.filter(function (w, t) { return !w.optional && entry.words[t] > 0; }).length;
      entry.extra = query.words.filter(function (w, t) { return w.optional && entry.words[t] > 0; }).length;
      entry.bonus = sum(entry.ids);
      entry.score = sum(entry.words) + entry.bonus;
      Object.keys(entry.parts).forEach(function (p) {
        if (entry.parts[p] > entry.bestScore) { entry.best = Number(p); entry.bestScore = entry.parts[p]; }
      });
      return entry;
    });
    var needed = required(query.words).length;
    var every = all.filter(function (e) { return needed ? e.matched === needed : e.bonus; });
    var fallback = !every.length && needed > 1;
    var hits = (fallback ? all.filter(function (e) { return e.matched || e.bonus; }) : every).sort(function (a, b) {
      return b.matched - a.matched || b.extra - a.extra || b.score - a.score || a.section - b.section;
    });
    return { hits: hits, fallback: fallback, shown: shown };
  }

  /** Loads the chunks of the query's words and identifiers, then those of the words its typos may stand for. */
  function loadChunks(query, callback) {
    files_(chunksFor(query), function (error) {
      if (error) { callback(error); return; }
      findTypos(query, callback);
    });
  }

  /** Ranks the query (loading the chunks it needs) and calls back with results that carry what they show. */
  function search(text, limit, callback) {
    whenReady(function (error) {
      if (error) { callback(error); return; }
      var query = analyse(text);
      // a stop word being typed is marked through the words it found: "the" itself is everywhere
      var typed = query.words.filter(function (w) { return !w.prefix; }).map(function (w) { return w.word; })
        .concat(query.ids);
      if (!query.words.length && !query.ids.length) { callback(null, { terms: [], hits: [], total: 0 }); return; }
      loadChunks(query, function (e) {
        if (e) { callback('Part of the search index is missing: the bundle is incomplete.'); return; }
        var ranked = rank(query);
        var top = ranked.hits.slice(0, limit);
        var metaSize = state.index.metaSize;
        var metas = [];
        top.forEach(function (h) {
          var name = 'm-' + Math.floor(h.best / metaSize);
          if (metas.indexOf(name) < 0) { metas.push(name); }
        });
        files_(metas, function (e2) {
          if (e2) { callback('Part of the search index is missing: the bundle is incomplete.'); return; }
          var hits = top.map(function (h) {
            var meta = files['m-' + Math.floor(h.best / metaSize)], at = h.best % metaSize, m = meta[at];
            var label = m[1];
            while (label === 0 && at > 0) { label = meta[--at][1]; }
            return { t: m[0], p: label, u: m[2], x: m[3] };
          });
          var terms = typed.concat(ranked.shown.filter(function (t) { return typed.indexOf(t) < 0; }).slice(0, 20));
          callback(null, { terms: terms, hits: hits, total: ranked.hits.length, fallback: ranked.fallback,
            words: required(query.words).map(function (w) { return w.word; }) });
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
      var started = now();
      if (window.drplanSearch.timing.firstInput === null) { window.drplanSearch.timing.firstInput = started; }
      window.drplanSearch.timing.asked[text] = started;
      if (!state.index && !state.error) { message('Loading the search index…'); }
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
        window.drplanSearchLastMs = now() - started;
        window.drplanSearch.timing.shown[text] = now();
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
