// Measures every Copy button of the page against the code it copies (CopyButtonBrowserTest in Chromium,
// copy-button-firefox.js in Firefox): a function body returning [buttons measured, problems]. Each button is
// checked against the text of its code line by line (a Range's client rects), as the page opens and with the code
// scrolled to its right end; it must lie inside its pre and be at least 24 px each way (WCAG 2.2's smallest target).
function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
function inside(a, b) {
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
}
function check(button, pre, when, out) {
  var code = pre.querySelector('code');
  var b = button.getBoundingClientRect(), p = pre.getBoundingClientRect();
  var range = document.createRange();
  range.selectNodeContents(code);
  var covered = Array.prototype.filter.call(range.getClientRects(), function (r) {
    return r.width > 0 && overlaps(r, b);
  });
  var line = code.textContent.split('\n')[0].slice(0, 40);
  if (covered.length) { out.push('the button covers the code ' + when + ': ' + line); }
  if (!inside(b, p)) { out.push('the button is outside its block ' + when + ': ' + line); }
  if (b.width < 24 || b.height < 24) {
    out.push('the button is ' + b.width + ' x ' + b.height + ' px: ' + line);
  }
}
var out = [], buttons = document.querySelectorAll('.copy-button');
buttons.forEach(function (button) {
  var pre = button.parentNode.tagName === 'PRE' ? button.parentNode : button.parentNode.querySelector('pre');
  pre.scrollLeft = 0;
  check(button, pre, 'as the page opens', out);
  pre.scrollLeft = pre.scrollWidth;
  check(button, pre, 'scrolled to the end of its lines', out);
  pre.scrollLeft = 0;
});
return [buttons.length, out];
