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

  function setUpCopyButtons() {
    var blocks = document.querySelectorAll('.prose pre > code');
    Array.prototype.forEach.call(blocks, function (code) {
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
      code.parentNode.appendChild(button);
    });
  }

  function start() {
    setUpMenu();
    setUpCopyButtons();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
