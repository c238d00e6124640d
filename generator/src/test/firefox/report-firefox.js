// The after-action report in Firefox ESR from file://: the logs of ReportLogs.java are picked in the file input
// (as a user does) and reported with the durations worked out by hand there; this browser's own log (ticked on the
// checklist page, kept in the store document) is reported too.
// Usage: node report-firefox.js <bundle of BrowserSites.REPORT_PLAN> <exercise log> <incident log>
// Prints one line per check and exits non-zero if any failed.
'use strict';
const path = require('path');
const { launchFirefox, checks } = require('./harness');

const [bundle, exerciseLog, incidentLog] = process.argv.slice(2);
const tally = checks();
const check = tally.check;

const rendered = n => document.documentElement.getAttribute('data-report-ready') === String(n);

async function sectionCells(page, title) {
  return page.evaluate(t => {
    const row = Array.from(document.querySelectorAll('.run-exercise .report-sections tbody tr'))
      .find(r => r.querySelector('th').textContent.indexOf(t) >= 0);
    return row ? Array.from(row.querySelectorAll('td')).map(td => td.textContent.trim()) : null;
  }, title);
}

(async () => {
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));

    await page.goto('file://' + path.join(bundle, 'report.html'));
    await page.waitForFunction(rendered, { timeout: 15000 }, 1);
    const input = await page.$('#report-files');
    await input.uploadFile(exerciseLog, incidentLog);
    await page.waitForFunction(() => document.querySelector('.run-incident') !== null, { timeout: 15000 });

    const verdict = await page.$eval('.run-exercise .report-verdict', e => e.textContent);
    check('the run is not finished, 1h 30m in', verdict === 'Not finished: 1 of 6 steps are open at the last tick, 1h 30m in.', verdict);
    const declare = await sectionCells(page, 'Declare');
    check('declare took 20m against 15m and was done at 09:20',
      JSON.stringify(declare) === JSON.stringify(['15m', '20m', 'T+15m', '09:20 (T+20m)', '30m', 'done']), JSON.stringify(declare));
    const database = await sectionCells(page, 'Restore the database');
    check('the database took 50m from when declare was done, past its RTO',
      JSON.stringify(database) === JSON.stringify(['35m', '50m', 'T+50m', '10:10 (T+1h 10m)', '1h', 'done, past its RTO']),
      JSON.stringify(database));
    const incident = await page.$eval('.run-incident', e => e.textContent);
    check('the incident log is reported apart', incident.indexOf('1 of 6') >= 0 && incident.indexOf('Incident') >= 0, incident.slice(0, 200));
    const status = await page.$eval('#report-status', e => e.textContent);
    check('both files were read', status.indexOf('Read 2 logs') === 0, status);

    // this browser's log: a tick on the checklist page, then the report reads it from the store document
    await page.goto('file://' + path.join(bundle, 'checklist.html'));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-checklist-ready') === 'true', { timeout: 15000 });
    const first = await page.$eval('.step-box[data-step]', b => b.getAttribute('data-step'));
    await page.click('.step-box[data-step="' + first + '"]');
    await page.waitForFunction(() => window.drplanChecklist.state().record.events.length === 1, { timeout: 5000 });
    await page.goto('file://' + path.join(bundle, 'report.html'));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-checklist-ready') === 'true', { timeout: 15000 });
    await page.click('[data-action="use-browser-log"]');
    await page.waitForFunction(rendered, { timeout: 15000 }, 2);
    const own = await page.$eval('.run-exercise', e => e.textContent);
    check('this browser\'s log is reported (Firefox keeps it in the store document)',
      own.indexOf('this browser (exercise)') >= 0 && own.indexOf('1 of 6') >= 0, own.slice(0, 300));
    check('no script errors', errors.length === 0, errors.join('; '));
  } catch (e) {
    tally.fail(e);
  } finally {
    await browser.close();
  }
  process.exit(tally.summary());
})();
