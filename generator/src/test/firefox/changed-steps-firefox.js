// A run of an earlier version, then the new version built into the same folder (as a bundle is replaced on a USB
// stick), in Firefox ESR, whose file:// storage is per file: the new checklist names the run's ticked steps that
// read otherwise now. Two phases in one Firefox profile, the rebuild between them done by the Java test.
// Usage: node changed-steps-firefox.js tick|check <bundle folder> <profile folder> [step ids to tick...]
// Prints one line per check and exits non-zero if any failed.
'use strict';
const path = require('path');
const { launchFirefox, checks } = require('./harness');

const [phase, bundle, profile, ...steps] = process.argv.slice(2);
const tally = checks();
const check = tally.check;

(async () => {
  const browser = await launchFirefox(profile);
  try {
    const page = await browser.newPage();
    await page.goto('file://' + path.join(bundle, 'checklist.html'));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-checklist-ready') === 'true', { timeout: 15000 });
    if (phase === 'tick') {
      for (const step of steps) {
        const before = await page.evaluate(() => window.drplanChecklist.state().record.events.length);
        await page.click('.step-box[data-step="' + step + '"]');
        await page.waitForFunction(n => window.drplanChecklist.state().record.events.length > n, { timeout: 5000 }, before);
      }
      check('the earlier version\'s run holds the ticks', await page.evaluate(() => window.drplanChecklist.state().record.events.length) === steps.length);
    } else {
      await page.waitForFunction(() => !document.getElementById('previous-run').hidden, { timeout: 15000 });
      const text = await page.$eval('#previous-run', e => e.textContent);
      check('the new version names the ticked steps that changed',
        text === 'This browser holds an exercise run of version 3.1.0 (2 steps ticked). 1 of its ticked steps reads '
          + 'otherwise in version 3.2.0: 2.2.2 (reworded). Check them before you carry on with this version.', text);
      check('the new version\'s own log starts empty', await page.evaluate(() => window.drplanChecklist.state().record.events.length) === 0);
    }
  } catch (e) {
    tally.fail(e);
  } finally {
    await browser.close();
  }
  process.exit(tally.summary());
})();
