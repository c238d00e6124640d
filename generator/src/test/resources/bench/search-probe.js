// Watches the search box from outside search.js, for the benchmarks (SearchBenchmark in Chromium, search-bench.js in
// Firefox): the shipped script has no hooks. Run once after the page has loaded, before anything is typed.
// window.drplanProbe.firstInput: when the box was first typed in; asked[text]: when each text was typed (an input
// listener on window runs before search.js's listener on the box); shown[text]: when results or a final message
// for it were put on screen (a MutationObserver's callback runs right after search.js changes the list);
// loaded(): the index files loaded so far, in order, read from the script elements search.js added.
(function () {
  'use strict';
  var input = document.getElementById('search-input');
  var box = document.getElementById('search-results');
  var probe = window.drplanProbe = {
    firstInput: null,
    asked: {},
    shown: {},
    loaded: function () {
      return Array.prototype.map.call(document.querySelectorAll('script[src*="assets/search/"]'), function (s) {
        return /assets\/search\/(.*)\.js$/.exec(s.getAttribute('src'))[1];
      });
    }
  };
  window.addEventListener('input', function (e) {
    if (e.target !== input) { return; }
    var at = performance.now();
    if (probe.firstInput === null) { probe.firstInput = at; }
    probe.asked[input.value.trim()] = at;
  }, true);
  new MutationObserver(function () {
    var done = box.querySelector('.search-result')
      || Array.prototype.some.call(box.querySelectorAll('.search-message'), function (m) {
        return m.textContent.indexOf('Loading') !== 0;
      });
    var text = input.value.trim();
    if (done && probe.shown[text] === undefined) { probe.shown[text] = performance.now(); }
  }).observe(box, { childList: true, subtree: true });
})();
