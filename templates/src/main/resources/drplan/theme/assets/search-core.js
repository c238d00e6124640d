/*
 * drplan search, the core: how a query is read and ranked, with no DOM and no loading, so that search.js (which
 * loads the index files and shows results) and tests in any JavaScript engine run the same rules. search.js loads
 * this file with lunr.js when the search box is first used.
 *
 * The index is cut into small files at build time (see SearchIndexWriter): a table of contents ("index") and chunks
 * of words (w-), identifiers (i-), word beginnings (b-) and endings (e-), and the results' text (m-).
 *
 * Matching: every word of the query must be in the section (AND), else any word (said so). Each query word matches
 * at a tier: an exact word, then a word of the same stem, then a word it begins (the word being typed), then, for
 * words of 5+ letters that match nothing, a word one typo away (found in two word lists, b- and e-, see typoLists);
 * an identifier typed whole (a host name, an error code) is a tier above an exact word. A stop word typed last is
 * searched as the start of a word (see analyse). Sections rank by how many query words they hold, then by the tiers
 * of their matches (so "formation" finds the page that says "formation" before one titled "Formatting"), then by
 * score: BM25 with the fields weighted at build time (title over headings, tags, roles, steps, body).
 */
(function (root) {
  'use strict';

  /** Match tiers: a value is tier * TIER + score, so any match of a higher tier beats any of a lower one. */
  var TYPO = 0, BEGINS = 1, SAME_STEM = 2, EXACT = 3, IDENTIFIER = 4, TIER = 1e7;

  /** A chunk key as its file name: ASCII letters and digits as they are, anything else as _xxxx. */
  function fileKey(k) {
    var out = '';
    for (var i = 0; i < k.length; i++) {
      var c = k.charAt(i);
      out += /[a-z0-9]/.test(c) ? c : '_' + ('000' + k.charCodeAt(i).toString(16)).slice(-4);
    }
    return out;
  }

  /** The identifiers of a text, cut as Identifiers.java cuts the indexed text. */
  function identifiers(text) {
    return text.split(/\s+/).map(function (t) {
      return t.toLowerCase().replace(/^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$/g, '');
    }).filter(function (id) {
      return id.length >= 3 && id.length <= 100 && /[A-Za-z0-9][-_.\/:@][A-Za-z0-9]/.test(id);
    });
  }

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

  /** The values, each once, without nulls. */
  function unique(values) {
    return values.filter(function (v, i) { return v && values.indexOf(v) === i; });
  }

  function reversed(word) { return Array.from(word).reverse().join(''); }

  function toSet(list) {
    var set = {};
    list.forEach(function (k) { set[k] = true; });
    return set;
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

  function required(words) { return words.filter(function (w) { return !w.optional; }); }

  /**
   * A search over one index: {@code index} is the table of contents, {@code lunr} gives the word functions the
   * index was built with, {@code file(name)} returns an index file's data once it is loaded (else undefined). The
   * caller loads, in turn, chunksFor(query), typoListsFor(query), typoChunksFor(query), then ranks, then loads
   * metaFilesFor(top) and asks for results.
   */
  function searcher(index, lunr, file) {
    var partSection = [];
    index.partsPerSection.forEach(function (count, section) {
      for (var i = 0; i < count; i++) { partSection.push(section); }
    });
    var words = { prefix: 'w-', keys: index.words, has: toSet(index.words), split: toSet(index.wordSplits) };
    var ids = { prefix: 'i-', keys: index.ids, has: toSet(index.ids), split: toSet(index.idSplits) };
    var beginnings = { prefix: 'b-', has: toSet(index.beginnings), split: toSet(index.beginningSplits) };
    var endings = { prefix: 'e-', has: toSet(index.endings), split: toSet(index.endingSplits) };

    function token(text) { return new lunr.Token(text); }

    /**
     * The key of the chunk that holds a term (SearchChunks): its first character, one more while that key was
     * split and the term is longer.
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
      chunkNames(kind, term).forEach(function (name) { entries = entries.concat(file(name) || []); });
      return entries;
    }

    /**
     * The query's words (trimmed, with their stems) and whole identifiers. Stop words are left out, as lunr left
     * them out of the index, except the last word: it may be the start of a longer word ("not" on the way to
     * "notify"), so it is kept as a prefix ({@code prefix}). After other words it is {@code optional}: it ranks the
     * sections with a word it begins first but filters none out, as the reader may have finished typing "restore the".
     */
    function analyse(text) {
      var found = [], tokens = lunr.tokenizer(text);
      tokens.forEach(function (t, i) {
        var word = lunr.trimmer(token(t.toString())).toString();
        if (!word || found.some(function (w) { return w.word === word; })) { return; }
        var stop = lunr.stopWordFilter(word) === undefined;
        if (stop && (i < tokens.length - 1 || word.length < 2)) { return; }
        found.push({ word: word, stem: lunr.stemmer(token(word)).toString(), prefix: stop });
      });
      found.forEach(function (w) { w.optional = w.prefix && found.length > 1; });
      return { words: found, ids: identifiers(text) };
    }

    /** The chunk files the query's words and identifiers are in. */
    function chunksFor(query) {
      var names = [];
      query.words.forEach(function (w) { names = names.concat(chunkNames(words, w.word)); });
      query.ids.forEach(function (id) { names = names.concat(chunkNames(ids, id)); });
      return unique(names);
    }

    /** A word of 5+ letters that matches nothing in its (loaded) chunk is taken for a typo of a word. */
    function mayBeTypo(w) {
      return !w.prefix && w.word.length >= 5
        && !entriesFor(words, w.word).some(function (entry) { return tierOf(entry, w) >= 0; });
    }

    /**
     * The word lists a typo of the word is looked up in: the words that begin as it does and those that end as it
     * does. A chunk is named by its words' first letters, so a typo among those would miss it; one typo cannot be
     * among both the first and the last letters that the two lists are keyed by (short keys: lists are small).
     */
    function typoLists(w) {
      return unique([chunkOf(beginnings, w.word), chunkOf(endings, reversed(w.word))]);
    }

    /** The word lists to load for the query's words that may be typos (once its chunks are loaded). */
    function typoListsFor(query) {
      return unique([].concat.apply([], query.words.filter(mayBeTypo).map(typoLists)));
    }

    /**
     * For each query word that may be a typo, the words one typo away (kept as w.typos), once the lists are
     * loaded; returns the chunk files those words are in.
     */
    function typoChunksFor(query) {
      var chunks = [];
      query.words.filter(mayBeTypo).forEach(function (w) {
        var listed = [].concat.apply([], typoLists(w).map(function (name) { return file(name) || []; }));
        w.typos = unique(listed.filter(function (term) { return withinOneEdit(term, w.word); }));
        chunks = chunks.concat(w.typos.map(function (term) { return chunkOf(words, term); }));
      });
      return unique(chunks);
    }

    /** The chunk entries of the words one typo away from a query word (found by typoChunksFor). */
    function typoEntries(w) {
      var entries = [];
      (w.typos || []).forEach(function (term) {
        (file(chunkOf(words, term)) || []).forEach(function (entry) {
          if (entry[0] === term) { entries.push(entry); }
        });
      });
      return entries;
    }

    /** Part scores for a stop word being typed: the words it begins (it is not in the index itself). */
    function prefixScores(w, shown) {
      var scores = {};
      entriesFor(words, w.word).forEach(function (entry) {
        if (entry[0].lastIndexOf(w.word, 0) === 0) { addPostings(scores, entry[2], BEGINS); shown.push(entry[0]); }
      });
      return scores;
    }

    /**
     * Part scores for one query word: exact, same stem, begins (being typed), else one typo away. The words matched
     * by stem or typo go into {@code shown}, so that results mark them too.
     */
    function wordScores(w, shown) {
      if (w.prefix) { return prefixScores(w, shown); }
      var scores = {};
      entriesFor(words, w.word).forEach(function (entry) {
        var tier = tierOf(entry, w);
        if (tier >= 0) { addPostings(scores, entry[2], tier); }
        if (tier === SAME_STEM) { shown.push(entry[0]); }
      });
      if (mayBeTypo(w)) {
        typoEntries(w).forEach(function (entry) { addPostings(scores, entry[2], TYPO); shown.push(entry[0]); });
      }
      return scores;
    }

    function idScores(id) {
      var scores = {};
      entriesFor(ids, id).forEach(function (entry) {
        if (entry[0] === id) { addPostings(scores, entry[2], IDENTIFIER); }
        else if (entry[0].lastIndexOf(id, 0) === 0) { addPostings(scores, entry[2], BEGINS); }
      });
      return scores;
    }

    /**
     * Sections ranked: those with every word (else any word, with fallback set), each with the part that holds
     * most of the query, which a hit opens.
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
            var entry = section(partSection[p]);
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

    function metaFileOf(hit) { return 'm-' + Math.floor(hit.best / index.metaSize); }

    /** The files holding the text of these hits. */
    function metaFilesFor(hits) { return unique(hits.map(metaFileOf)); }

    /**
     * What the reader sees of a ranking (its text files loaded): the first {@code limit} hits as {t: title,
     * p: where, u: url, x: text}, the terms to mark in them, the total and whether it fell back to any word.
     */
    function results(query, ranked, limit) {
      var hits = ranked.hits.slice(0, limit).map(function (h) {
        var meta = file(metaFileOf(h)), at = h.best % index.metaSize, m = meta[at];
        var label = m[1];
        while (label === 0 && at > 0) { label = meta[--at][1]; }
        return { t: m[0], p: label, u: m[2], x: m[3] };
      });
      // a stop word being typed is marked through the words it found: "the" itself is everywhere
      var typed = query.words.filter(function (w) { return !w.prefix; }).map(function (w) { return w.word; })
        .concat(query.ids);
      var terms = typed.concat(ranked.shown.filter(function (t) { return typed.indexOf(t) < 0; }).slice(0, 20));
      return { terms: terms, hits: hits, total: ranked.hits.length, fallback: ranked.fallback,
        words: required(query.words).map(function (w) { return w.word; }) };
    }

    return {
      /** The chunk file a word (an identifier) of the index is kept in, or null: as SearchChunks named it. */
      wordChunk: function (term) { return chunkOf(words, term); },
      idChunk: function (id) { return chunkOf(ids, id); },
      analyse: analyse,
      chunksFor: chunksFor,
      typoListsFor: typoListsFor,
      typoChunksFor: typoChunksFor,
      rank: rank,
      metaFilesFor: metaFilesFor,
      results: results
    };
  }

  root.drplanSearchCore = {
    identifiers: identifiers,
    fileKey: fileKey,
    withinOneEdit: withinOneEdit,
    searcher: searcher
  };
})(this);
