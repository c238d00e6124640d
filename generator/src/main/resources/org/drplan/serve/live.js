/*
 * drplan serve only (never in a bundle on disk): reloads the page when the server would serve it otherwise (it
 * says so: the page tells it which page it shows, by path and digest), keeping the scroll position, and shows a
 * failed build's problems over the page while the last good pages stay served.
 * The bar also builds the PDF on demand.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  var digest = me.getAttribute('data-digest');
  var key = 'drplan-serve-scroll:' + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    keepPlace(Number(saved));
  }

  /*
   * Back to where the reader was. The browser's own restoring was turned off for this reload (it races with this and
   * may land elsewhere), and the page's scripts may still add things above (the checklist's banners come once its
   * store answers), so the place is kept through every change of the page's height until the page has settled, or
   * the reader scrolls.
   */
  function keepPlace(y) {
    var keep = function () { window.scrollTo(0, y); };
    var watch = typeof ResizeObserver === 'function' ? new ResizeObserver(keep) : null;
    var readerMoves = ['wheel', 'keydown', 'mousedown', 'touchstart'];
    function stop() {
      if (watch) { watch.disconnect(); }
      readerMoves.forEach(function (type) { window.removeEventListener(type, stop, true); });
      history.scrollRestoration = 'auto';
    }
    keep();
    if (watch) { watch.observe(document.documentElement); }
    readerMoves.forEach(function (type) { window.addEventListener(type, stop, true); });
    window.addEventListener('load', function () {
      keep();
      setTimeout(stop, 2000);
    });
  }

  var bar = document.createElement('div');
  bar.id = 'drplan-serve';
  bar.setAttribute('role', 'status');
  bar.style.cssText = 'position:fixed;right:0;bottom:0;z-index:2147483647;max-width:100%;max-height:60vh;'
    + 'overflow:auto;font:13px/1.4 system-ui,sans-serif;background:#1f2328;color:#fff;padding:.4em .8em;'
    + 'border-top-left-radius:6px;box-shadow:0 0 8px rgba(0,0,0,.4)';
  var title = document.createElement('span');
  var pdf = document.createElement('a');
  pdf.href = '#';
  pdf.textContent = 'Build PDF';
  pdf.style.cssText = 'color:#9cd3ff;margin-left:1em';
  pdf.addEventListener('click', function (e) {
    e.preventDefault();
    title.textContent = 'drplan serve: building the PDF…';
    var request = new XMLHttpRequest();
    request.open('POST', '/__drplan/pdf');
    request.send();
  });
  var list = document.createElement('ul');
  list.style.cssText = 'margin:.3em 0 0;padding-left:1.2em;font-family:ui-monospace,monospace;white-space:pre-wrap';
  bar.appendChild(title);
  bar.appendChild(pdf);
  bar.appendChild(list);

  function show(state) {
    list.textContent = '';
    if (state.succeeded) {
      title.textContent = 'drplan serve: ' + (state.whole ? 'built in ' : 'pages made in ') + state.millis + ' ms'
        + (state.warnings.length ? ', ' + state.warnings.length + ' warning' + (state.warnings.length === 1 ? '' : 's') : '');
      bar.style.background = '#1f2328';
    } else {
      title.textContent = 'drplan serve: the plan has ' + state.errors.length + ' error'
        + (state.errors.length === 1 ? '' : 's') + '; this page is from the last good build';
      bar.style.background = '#8b1a1a';
      state.errors.forEach(function (line) {
        var item = document.createElement('li');
        item.textContent = line;
        list.appendChild(item);
      });
    }
    if (!bar.parentNode) { document.body.appendChild(bar); }
  }

  var events = new EventSource('/__drplan/events?page=' + encodeURIComponent(decodeURIComponent(location.pathname))
    + '&digest=' + encodeURIComponent(digest));
  events.addEventListener('reload', function () {
    sessionStorage.setItem(key, String(window.scrollY));
    history.scrollRestoration = 'manual';
    events.close();
    location.reload();
  });
  events.addEventListener('build', function (e) {
    show(JSON.parse(e.data));
  });
})();
