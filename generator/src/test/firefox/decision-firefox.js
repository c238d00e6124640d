// A run through a decision point in Firefox ESR from file:// (DecisionBrowserTest holds Chromium to the same checks):
// the answer chosen is recorded in the execution log with time and initials and exported with it, the branch not
// taken greys out and leaves the progress, and the decision's own page shows the answer chosen on the checklist.
// Usage: node decision-firefox.js <bundle folder>
// Prints one line per check and exits non-zero if any failed.
'use strict';
const path = require('path');
const { launchFirefox, checks } = require('./harness');

const [bundle] = process.argv.slice(2);
const tally = checks();
const check = tally.check;
const DECISION = 'declare/decision-is-site-a-reachable';

async function ready(page, file) {
  await page.goto('file://' + path.join(bundle, file));
  await page.waitForFunction(() => document.documentElement.getAttribute('data-checklist-ready') === 'true', { timeout: 15000 });
}

async function events(page) {
  return page.evaluate(() => window.drplanChecklist.state().record.events);
}

async function choose(page, answer) {
  const before = (await events(page)).length;
  await page.click('[data-decision="' + DECISION + '"] [data-answer="' + answer + '"] .decision-choice');
  await page.waitForFunction(n => window.drplanChecklist.state().record.events.length > n, { timeout: 5000 }, before);
}

const label = page => page.$eval('[data-progress-label="all"]', e => e.textContent);
const classOf = (page, step) => page.$eval('li[data-step="' + step + '"]', e => e.className);

(async () => {
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    await ready(page, 'checklist.html');
    await page.type('#initials', 'ab');
    check('before the decision every step counts', await label(page) === '0 of 5 done', await label(page));

    await choose(page, 'no');
    const decided = (await events(page))[0];
    check('the answer is recorded as a decide event', decided.step === DECISION && decided.action === 'decide'
      && decided.answer === 'no' && decided.initials === 'AB', JSON.stringify(decided));
    check('the decision says what was chosen, when and by whom', /^Chosen: No · \d\d:\d\d · AB$/.test(
      await page.$eval('[data-decision-made="' + DECISION + '"]', e => e.textContent)));
    check('the branch not taken greys out', (await classOf(page, 'promote/promote-the-replica')).includes('not-taken'));
    check('the branch taken does not', !(await classOf(page, 'restore/restore-the-backup')).includes('not-taken'));
    check('the steps not taken leave the progress', await label(page) === '0 of 3 done', await label(page));
    const csv = await page.evaluate(() => window.drplanChecklist.csv());
    check('the exported log has the answer', csv.split(/\r?\n/)[0].endsWith(',text,answer')
      && csv.split(/\r?\n/).some(line => line.includes(',' + DECISION + ',,decide,AB,,') && line.endsWith(',no')), csv);

    await ready(page, 'declare.html');
    check('the decision\'s own page shows the answer chosen on the checklist', await page.$eval(
      '[data-decision="' + DECISION + '"] [data-answer="no"] .decision-choice', e => e.getAttribute('aria-pressed')) === 'true');
  } catch (e) {
    tally.fail(e);
  } finally {
    await browser.close();
  }
  process.exit(tally.summary());
})();
