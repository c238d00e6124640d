// Checklist execution in Firefox ESR from file://, with security.fileuri.strict_origin_policy = true as in a
// user's Firefox (puppeteer turns it off by default, which would hide that each file gets its own storage).
// Every page is opened up to the checklist's ready signal (data-checklist-ready on <html>): the store has answered
// with the saved ticks, or the page has decided to work in memory and says why. Only then does an unticked box mean
// "not done".
// Usage: node checklist-firefox.js <bundle of version 1.0> <same plan built as version 1.1>
//        <version 1.0 whose store answers 2 s late>
// Prints one line per check and exits non-zero if any failed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launchFirefox, checks } = require('./harness');

const [bundle, nextVersionBundle, lateStoreBundle] = process.argv.slice(2);
const STOP = 'procedures/restore/stop-the-payroll-app';
const ESCALATE = 'key-actions/escalate-call-the-cio-if-late';
const tally = checks();
const check = tally.check;

const isReady = () => document.documentElement.getAttribute('data-checklist-ready') === 'true';

async function open(page, dir, file) {
  await page.goto('file://' + path.join(dir, file));
  await page.waitForFunction(isReady, { timeout: 15000 });
}

const checked = (page, step) => page.$eval('.step-box[data-step="' + step + '"]', b => b.checked);

/** Clicks a step's box and waits until the store has recorded the tick or untick. */
async function tick(page, step) {
  const before = await page.evaluate(() => window.drplanChecklist.state().record.events.length);
  await page.click('.step-box[data-step="' + step + '"]');
  await page.waitForFunction(n => window.drplanChecklist.state().record.events.length > n, { timeout: 5000 }, before);
}

function storeFrame(page) {
  return page.frames().find(f => f.url().endsWith('/assets/store.html'));
}

(async () => {
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));

    await open(page, bundle, 'checklist.html');
    await page.type('#initials', 'mk');
    await storeFrame(page).waitForFunction(() => localStorage.getItem('drplan/initials') === 'MK', { timeout: 5000 });
    await open(page, bundle, 'procedures/restore.html');
    await tick(page, STOP);
    check('the section page itself saved nothing (Firefox keeps storage per file)',
      await page.evaluate(() => localStorage.length) === 0);

    await open(page, bundle, 'checklist.html');
    check('a tick on a section page shows on checklist.html after reload', await checked(page, STOP));
    const meta = await page.$eval('[data-step-meta="' + STOP + '"]', e => e.textContent);
    check('time and initials are recorded', /^done \d\d:\d\d · MK$/.test(meta), meta);

    await tick(page, STOP);
    await open(page, bundle, 'procedures/restore.html');
    check('an untick is shared too', !(await checked(page, STOP)));

    await tick(page, STOP);
    await open(page, bundle, 'checklist.html');
    await tick(page, ESCALATE);
    await page.evaluate(() => {
      window.__downloads = [];
      URL.createObjectURL = b => { window.__downloads.push(b); return 'data:text/plain,'; };
    });
    // The sticky top bar may cover a button the page has scrolled under: bring the buttons to the middle first.
    await page.$eval('[data-action=export-json]', b => b.scrollIntoView({ block: 'center' }));
    await page.click('[data-action=export-json]');
    await page.click('[data-action=export-csv]');
    const json = await page.evaluate(() => window.__downloads[0].text());
    const csv = await page.evaluate(() => window.__downloads[1].text());
    check('JSON export holds every event', JSON.parse(json).events.length === 4, json);
    check('CSV export has a header and a row per event', csv.trim().split(/\r?\n/).length === 5, csv);

    for (const [kind, text] of [['json', json], ['csv', csv]]) {
      await page.evaluate(() => window.drplanChecklist.reset());
      await open(page, bundle, 'checklist.html');
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'drplan-ff-')), 'log.' + kind);
      fs.writeFileSync(file, text);
      const input = await page.$('#import-file');
      await input.uploadFile(file);
      await page.waitForFunction(() => document.getElementById('import-status').textContent.startsWith('Imported'),
        { timeout: 5000 });
      await open(page, bundle, 'checklist.html');
      check(kind + ' export round-trips through import',
        await checked(page, STOP) && await checked(page, ESCALATE)
        && await page.evaluate(() => window.drplanChecklist.state().record.events.length) === 4);
    }

    await page.click('input[name=mode][value=incident]');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-mode') === 'incident');
    check('the incident log starts empty', !(await checked(page, STOP)));
    await open(page, bundle, 'procedures/restore.html');
    check('the mode is shown on every page',
      (await page.$eval('#mode-banner', e => e.textContent)).startsWith('Incident'));
    await page.click('input[name=mode][value=exercise]').catch(() => {});
    await open(page, bundle, 'checklist.html');
    await page.click('input[name=mode][value=exercise]');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-mode') === 'exercise');
    await page.waitForFunction(s => document.querySelector('.step-box[data-step="' + s + '"]').checked, {}, STOP);
    check('back in exercise mode, the exercise ticks are there', await checked(page, STOP));

    await open(page, nextVersionBundle, 'checklist.html');
    check('a new plan version starts clean', !(await checked(page, STOP)));

    await open(page, lateStoreBundle, 'procedures/restore.html');
    await tick(page, STOP);
    await page.goto('file://' + path.join(lateStoreBundle, 'checklist.html'));
    check('with a store that answers late, the page is not ready when it has loaded', !(await page.evaluate(isReady)));
    await page.waitForFunction(isReady, { timeout: 15000 });
    check('the saved tick shows the moment the page says it is ready', await checked(page, STOP));

    await open(page, bundle, 'checklist.html');
    await storeFrame(page).evaluate(() => localStorage.setItem('drplan/payroll-plan/1.0/exercise', '{"events": [broken'));
    await open(page, bundle, 'checklist.html');
    check('damaged storage shows a banner', await page.$eval('#store-banner', e => !e.hidden && e.textContent.includes('damaged')));
    await page.click('.step-box[data-step="' + STOP + '"]');
    check('the page keeps working in memory', await checked(page, STOP));
    check('the damaged value is never overwritten', await storeFrame(page).evaluate(
      () => localStorage.getItem('drplan/payroll-plan/1.0/exercise')) === '{"events": [broken');
    check('no JavaScript error', errors.length === 0, errors.join('; '));
  } finally {
    await browser.close();
  }
  process.exit(tally.summary());
})().catch(e => { console.error(e); process.exit(2); });
