/*
 * drplan: checks a copy of the bundle in the browser (verify.html). The reader picks the bundle's folder; every file
 * is hashed with Web Crypto (SHA-256) and compared with the folder's own SHA256SUMS, which lists every other file in
 * GNU coreutils' format. Reports missing, changed and extra files, and which build the folder is (BUILD-INFO.txt)
 * next to the build of this page. Nothing is sent anywhere: the page reads the files the reader hands it.
 * window.drplanVerify.run(entries) checks {path, file} pairs and shows the result, as picking a folder does; it is
 * how the Firefox test hands the page a folder (Firefox's WebDriver cannot set a folder on a folder input).
 */
(function () {
  'use strict';
  var SYSTEM_FILES = ['.DS_Store', 'Thumbs.db', 'desktop.ini'];

  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = '';
    for (var i = 0; i < bytes.length; i++) { out += ('0' + bytes[i].toString(16)).slice(-2); }
    return out;
  }

  function readText(file) {
    return file.text ? file.text() : new Response(file).text();
  }

  function readBytes(file) {
    return file.arrayBuffer ? file.arrayBuffer() : new Response(file).arrayBuffer();
  }

  /** The lines of SHA256SUMS as {path, sha256}; unreadable lines as problems. */
  function parseSums(text) {
    var entries = [], problems = [];
    text.split('\n').forEach(function (raw, i) {
      var line = raw.replace(/\r$/, '');
      if (!line) { return; }
      var m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
      if (!m) { problems.push('SHA256SUMS line ' + (i + 1) + ': not "<SHA-256>  <file>"'); return; }
      var path = m[1] ? m[3].replace(/\\(.)/g, function (all, c) { return c === 'n' ? '\n' : c; }) : m[3];
      entries.push({ path: path, sha256: m[2].toLowerCase() });
    });
    return { entries: entries, problems: problems };
  }

  function isSystemFile(path) {
    var name = path.slice(path.lastIndexOf('/') + 1);
    return SYSTEM_FILES.indexOf(name) >= 0 || name.indexOf('._') === 0;
  }

  /**
   * Checks {path, file} pairs (paths below the bundle folder) against the SHA256SUMS among them. Calls progress(done,
   * total) as it goes; resolves with {checked, missing, changed, extra, ignored, problems, buildId}.
   */
  function check(entries, progress) {
    if (!window.crypto || !window.crypto.subtle) {
      return Promise.reject(new Error('This browser does not let a page opened from a file compute SHA-256 '
        + '(Web Crypto is not available here). Use one of the commands below instead.'));
    }
    var byPath = {};
    entries.forEach(function (e) { byPath[e.path] = e.file; });
    if (!byPath.SHA256SUMS) {
      return Promise.reject(new Error('The folder has no SHA256SUMS. Pick the bundle\'s own folder, the one that '
        + 'holds index.html; if it has none, the copy lost it or is not a drplan bundle.'));
    }
    var result = { checked: 0, missing: [], changed: [], extra: [], ignored: [], problems: [], buildId: null };
    return readText(byPath.SHA256SUMS).then(function (text) {
      var sums = parseSums(text);
      result.problems = sums.problems;
      result.checked = sums.entries.length;
      var listed = {};
      var done = 0;
      // One file at a time: a bundle can be large, and memory on a recovery laptop small.
      var chain = Promise.resolve();
      sums.entries.forEach(function (entry) {
        listed[entry.path] = true;
        chain = chain.then(function () {
          var file = byPath[entry.path];
          if (!file) { result.missing.push(entry.path); return; }
          return readBytes(file).then(function (bytes) {
            return window.crypto.subtle.digest('SHA-256', bytes);
          }).then(function (digest) {
            if (hex(digest) !== entry.sha256) { result.changed.push(entry.path); }
          }, function (error) {
            result.problems.push('cannot read ' + entry.path + ': ' + error.message);
          }).then(function () {
            done++;
            if (progress) { progress(done, sums.entries.length); }
          });
        });
      });
      return chain.then(function () {
        Object.keys(byPath).sort().forEach(function (path) {
          if (listed[path] || path === 'SHA256SUMS') { return; }
          (isSystemFile(path) ? result.ignored : result.extra).push(path);
        });
        return byPath['BUILD-INFO.txt'] ? readText(byPath['BUILD-INFO.txt']) : '';
      }).then(function (info) {
        var m = /^build id:\s*(\S+)/m.exec(info);
        result.buildId = m ? m[1] : null;
        return result;
      });
    });
  }

  /** The picked files as {path, file}, paths below the bundle folder (the folder holding SHA256SUMS). */
  function entriesOf(fileList) {
    var files = Array.prototype.slice.call(fileList);
    var paths = files.map(function (f) { return f.webkitRelativePath || f.name; });
    var sums = paths.filter(function (p) { return /(^|\/)SHA256SUMS$/.test(p); })
      .sort(function (a, b) { return a.length - b.length; })[0];
    var base = sums ? sums.slice(0, sums.length - 'SHA256SUMS'.length) : (paths[0] || '').replace(/[^/]*$/, '');
    var entries = [];
    files.forEach(function (f, i) {
      if (paths[i].indexOf(base) === 0) { entries.push({ path: paths[i].slice(base.length), file: f }); }
    });
    return entries;
  }

  function list(box, title, items, className) {
    if (!items.length) { return; }
    var h = document.createElement('h3');
    h.textContent = title + ' (' + items.length + ')';
    var ul = document.createElement('ul');
    ul.className = className;
    items.forEach(function (item) {
      var li = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = item;
      li.appendChild(code);
      ul.appendChild(li);
    });
    box.appendChild(h);
    box.appendChild(ul);
  }

  function show(result, status, box) {
    var thisBuild = document.documentElement.getAttribute('data-build');
    var intact = !result.missing.length && !result.changed.length && !result.extra.length && !result.problems.length;
    var build = result.buildId ? ' The folder is build ' + result.buildId
      + (result.buildId === thisBuild ? ', the same as this page.' : '; this page is build ' + thisBuild
        + ': you may be looking at another copy.') : '';
    status.textContent = (intact ? 'Intact: all ' + result.checked + ' files match SHA256SUMS.'
      : 'NOT INTACT: ' + result.missing.length + ' missing, ' + result.changed.length + ' changed, '
        + result.extra.length + ' extra, of ' + result.checked + ' files.') + build;
    status.className = 'verify-status ' + (intact ? 'verify-ok' : 'verify-bad');
    box.textContent = '';
    list(box, 'Problems', result.problems, 'verify-problems');
    list(box, 'Missing', result.missing, 'verify-missing');
    list(box, 'Changed', result.changed, 'verify-changed');
    list(box, 'Extra', result.extra, 'verify-extra');
    list(box, 'Ignored (made by the operating system)', result.ignored, 'verify-ignored');
  }

  /** Checks the entries and shows the result on the page; resolves when it shows. */
  function run(entries) {
    var status = document.getElementById('verify-status');
    var box = document.getElementById('verify-results');
    box.textContent = '';
    status.className = 'verify-status';
    status.textContent = 'Reading ' + entries.length + ' files…';
    return check(entries, function (done, total) {
      status.textContent = 'Checked ' + done + ' of ' + total + ' files…';
    }).then(function (result) { show(result, status, box); }, function (error) {
      status.className = 'verify-status verify-bad';
      status.textContent = error.message;
    });
  }

  function start() {
    var input = document.getElementById('verify-folder');
    var status = document.getElementById('verify-status');
    if (!input || !status || !document.getElementById('verify-results')) { return; }
    if (!('webkitdirectory' in input)) {
      status.textContent = 'This browser cannot pick a folder. Use one of the commands below instead.';
      return;
    }
    input.addEventListener('change', function () { run(entriesOf(input.files)); });
  }

  window.drplanVerify = { check: check, entriesOf: entriesOf, parseSums: parseSums, run: run };
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
