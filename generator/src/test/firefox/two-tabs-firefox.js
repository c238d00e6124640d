// The checklist store in Firefox ESR from file:// (strict origin policy, as in a user's Firefox): two tabs of
// checklist.html tick twenty different steps each at the same moment and all forty are kept; storage that is full
// shows the banner and keeps the tick in memory, as in Chromium.
// Usage: node two-tabs-firefox.js <bundle of the forty-step plan>
// Prints one line per check and exits non-zero if any failed.
'use strict';
const path = require('path');
const { launchFirefox, checks } = require('./harness');

const [bundle] = process.argv.slice(2);
const tally = checks();
const check = tally.check;

const isReady = () => document.documentElement.getAttribute('data-checklist-ready') === 'true';

async function open(page) {
  await page.goto('file://' + path.join(bundle, 'checklist.html'));
  await page.waitForFunction(isReady, { timeout: 15000 });
}

function storeFrame(page) {
  return page.frames().find(f => f.url().endsWith('/assets/store.html'));
}

const checkedCount = page => page.evaluate(() => document.querySelectorAll('.step-box:checked').length);

(async () => {
  const browser = await launchFirefox();
  try {
    const first = await browser.newPage();
    const second = await browser.newPage();
    const errors = [];
    [first, second].forEach(p => p.on('pageerror', e => errors.push(e.message)));
    await open(first);
    await open(second);
    const at = Date.now() + 1500;
    const tickFrom = (from, when) => setTimeout(() => {
      for (let i = from; i < from + 20; i++) {
        document.querySelector('.step-box[data-step="procedures/drill/s' + i + '"]').click();
      }
    }, when - Date.now());
    await first.evaluate(tickFrom, 1, at);
    await second.evaluate(tickFrom, 21, at);
    await new Promise(resolve => setTimeout(resolve, Date.now() > at ? 2500 : at - Date.now() + 2500));
    await second.close();
    await open(first);
    const kept = await checkedCount(first);
    check('two tabs ticking at once keep all 40 ticks', kept === 40, kept + ' of 40');

    await storeFrame(first).evaluate(() => {
      let n = 0;
      [1048576, 65536, 4096, 256, 16, 1].forEach(size => {
        try { for (;;) { localStorage.setItem('f' + (n++), 'x'.repeat(size)); } } catch (e) { /* full */ }
      });
    });
    await first.click('.step-box[data-step="procedures/drill/s1"]');
    await first.waitForFunction(() => !document.getElementById('store-banner').hidden, { timeout: 5000 });
    check('full storage shows the banner',
      (await first.$eval('#store-banner', e => e.textContent)).includes('storage is full'));
    check('the click (an untick of a done step) is kept in memory', !(await first.$eval('.step-box[data-step="procedures/drill/s1"]', b => b.checked)));
    await storeFrame(first).evaluate(() => localStorage.clear());
    check('no JavaScript error', errors.length === 0, errors.join('; '));
  } finally {
    await browser.close();
  }
  process.exit(tally.summary());
})().catch(e => { console.error(e); process.exit(2); });
