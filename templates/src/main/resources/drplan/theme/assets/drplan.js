/* drplan: small progressive enhancements. The pages work without this script. */
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');

  function setUpMenu() {
    var toggle = document.querySelector('.nav-toggle');
    if (!toggle) { return; }
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = root.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text, done); });
    } else {
      fallbackCopy(text, done);
    }
  }

  function fallbackCopy(text, done) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); done(); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  function copyButton(code) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy this code');
    button.addEventListener('click', function () {
      copyText(code.textContent, function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 1500);
      });
    });
    return button;
  }

  /**
   * Each code block gets a Copy button beside its pre, not in it: inside the pre it would scroll sideways with the
   * code. The block keeps a band at its top for the button (drplan.css), so the button never covers a command.
   * The pre takes the keyboard focus, so that a long command can be scrolled with the arrow keys.
   */
  function setUpCopyButtons() {
    var blocks = document.querySelectorAll('.prose pre > code');
    Array.prototype.forEach.call(blocks, function (code) {
      var pre = code.parentNode;
      var block = document.createElement('div');
      block.className = 'code-block';
      pre.parentNode.insertBefore(block, pre);
      block.appendChild(pre);
      block.appendChild(copyButton(code));
      pre.tabIndex = 0;
    });
  }

  /** Tables shown one at a time (the overview: plan order or shortest RTO first); without script both show. */
  function setUpViews() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-views]'), function (box) {
      var buttons = box.querySelectorAll('[data-view]');
      function show(view) {
        Array.prototype.forEach.call(buttons, function (b) {
          b.setAttribute('aria-pressed', b.getAttribute('data-view') === view ? 'true' : 'false');
        });
        Array.prototype.forEach.call(box.querySelectorAll('[data-view-of]'), function (part) {
          part.hidden = part.getAttribute('data-view-of') !== view;
        });
      }
      Array.prototype.forEach.call(buttons, function (b) {
        b.addEventListener('click', function () { show(b.getAttribute('data-view')); });
      });
      if (buttons.length) { show(buttons[0].getAttribute('data-view')); }
    });
  }

  function setUpPrintButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
  }

  /** Folded notes (MkDocs' ???) unfold for printing and fold again after: paper shows everything. */
  function setUpFoldedNotesForPrint() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      opened = Array.prototype.filter.call(document.querySelectorAll('details.admonition'), function (d) {
        return !d.open;
      });
      opened.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  }

  /** A day as YYYY-MM-DD by this computer's clock and time zone. */
  function localDay(date) {
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate());
  }

  function daysBetween(from, to) {
    function utc(day) { var p = day.split('-'); return Date.UTC(+p[0], +p[1] - 1, +p[2]); }
    return Math.round((utc(to) - utc(from)) / 86400000);
  }

  function note(className, text) {
    var p = document.createElement('p');
    p.className = className;
    p.setAttribute('role', 'note');
    p.textContent = text;
    return p;
  }

  /**
   * Reviews by the reader's own clock. The pages say how fresh each review was on the build date, so that the same
   * files always give the same bundle; a bundle opened after that adds, marked as today's, what has fallen due since.
   */
  function setUpReviewsToday() {
    var built = root.getAttribute('data-build-date');
    var today = localDay(new Date());
    if (!built || today <= built) { return; }
    var clock = 'By this computer\'s clock today is ' + today + ', ' + daysBetween(built, today) + ' days after the '
      + 'build (' + built + ')';
    var article = document.querySelector('article[data-review-due]');
    var due = article && article.getAttribute('data-review-due');
    if (due && due < today && !article.querySelector('.review-banner')) {
      article.querySelector('.page-header').appendChild(note('review-banner review-today', clock + ': this '
        + 'section\'s review fell due on ' + due + '. Check it against the systems before you rely on it.'));
    }
    var glance = document.querySelector('.glance h2');
    var cells = document.querySelectorAll('.overview [data-review-due]');
    var overdue = 0;
    var before = 0;
    Array.prototype.forEach.call(cells, function (cell) {
      if (cell.getAttribute('data-review-due') >= today) { return; }
      var plan = cell.closest('[data-view-of="plan"]') !== null;
      overdue += plan ? 1 : 0;
      before += plan && cell.classList.contains('review-overdue') ? 1 : 0;
      if (cell.classList.contains('review-ok')) {
        cell.className = 'review review-overdue review-today';
        cell.textContent = 'due ' + cell.getAttribute('data-review-due');
        cell.title = 'Fallen due since the build, by this computer\'s clock';
      }
    });
    if (glance && overdue > 0) {
      glance.parentNode.insertBefore(note('review-today', clock + ': ' + overdue + (overdue === 1 ? ' section is'
        : ' sections are') + ' overdue for review (' + before + ' on the build date).'), glance.nextSibling);
    }
  }

  function start() {
    setUpReviewsToday();
    setUpFoldedNotesForPrint();
    setUpMenu();
    setUpCopyButtons();
    setUpViews();
    setUpPrintButtons();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
