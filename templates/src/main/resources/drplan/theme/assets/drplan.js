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

  function start() {
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
