// The Copy button of code blocks in Firefox ESR from file://: it covers no code on a phone, a tablet and a desktop,
// with the code scrolled sideways too, measured by the same script as CopyButtonBrowserTest in Chromium (Firefox
// lays out fonts and buttons in its own way).
// Usage: node copy-button-firefox.js <copy-button-measure.js> <page.html>...
// Prints one line per check and exits non-zero if any failed.
'use strict';
const fs = require('fs');
const { launchFirefox, checks } = require('./harness');

const [measureFile, ...pages] = process.argv.slice(2);
const measure = '(function () {\n' + fs.readFileSync(measureFile, 'utf8') + '\n})()';
const tally = checks();
const check = tally.check;

(async () => {
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    for (const width of [360, 768, 1280]) {
      await page.setViewport({ width, height: 800 });
      for (const file of pages) {
        await page.goto('file://' + file);
        const [buttons, problems] = await page.evaluate(measure);
        check(width + ' px, ' + file.split('/').slice(-2).join('/') + ': ' + buttons + ' Copy buttons cover no code',
          buttons > 0 && problems.length === 0, problems.slice(0, 6).join('; '));
      }
    }
  } catch (e) {
    tally.fail(e);
  } finally {
    await browser.close();
    process.exit(tally.summary());
  }
})();
