// verify.html in Firefox ESR from file://: the page's check (Web Crypto SHA-256 against SHA256SUMS) on an intact
// copy and on a damaged one. Firefox's WebDriver BiDi cannot set a folder on a folder input ("Is directory"), so
// the script reads the folder itself and hands the page File objects with their paths through drplanVerify.run, the
// function the folder input calls once a reader has picked a folder.
// Usage: node verify-firefox.js <bundle> <intact copy> <damaged copy: checklist.html missing, index.html changed,
//        notes.txt extra>
// Prints one line per check and exits non-zero if any failed.
'use strict';
const fs = require('fs');
const path = require('path');
const { launchFirefox, checks } = require('./harness');

const [bundle, intact, damaged] = process.argv.slice(2);
const tally = checks();
const check = tally.check;

const finished = () => /^(Intact|NOT INTACT|The folder)/.test(document.getElementById('verify-status').textContent);

async function pick(page, folder) {
  await page.goto('file://' + path.join(bundle, 'verify.html'));
  const files = listFiles(folder).map(p => ({ path: p, base64: fs.readFileSync(path.join(folder, p)).toString('base64') }));
  await page.evaluate(files => {
    const entries = files.map(f => {
      const bytes = Uint8Array.from(atob(f.base64), c => c.charCodeAt(0));
      return { path: f.path, file: new File([bytes], f.path.split('/').pop()) };
    });
    window.drplanVerify.run(entries);
  }, files);
  await page.waitForFunction(finished, { timeout: 30000 });
  return page.$eval('#verify-status', s => s.textContent);
}

/** Every file below folder, as paths with '/' relative to it. */
function listFiles(folder, prefix = '') {
  return fs.readdirSync(path.join(folder, prefix), { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? listFiles(folder, prefix + e.name + '/') : [prefix + e.name]);
}

const items = (page, css) => page.$$eval(css + ' li', lis => lis.map(li => li.textContent));

(async () => {
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));

    const build = await (async () => {
      await page.goto('file://' + path.join(bundle, 'verify.html'));
      return page.$eval('html', h => h.getAttribute('data-build'));
    })();
    let status = await pick(page, intact);
    check('an intact copy is intact and the same build', /^Intact: all \d+ files match SHA256SUMS\. The folder is build /.test(status)
      && status.endsWith(build + ', the same as this page.'), status);

    status = await pick(page, damaged);
    check('a damaged copy is not intact', /^NOT INTACT: 1 missing, 1 changed, 1 extra, of \d+ files\./.test(status), status);
    check('the missing file is named', JSON.stringify(await items(page, '.verify-missing')) === '["checklist.html"]');
    check('the changed file is named', JSON.stringify(await items(page, '.verify-changed')) === '["index.html"]');
    check('the extra file is named', JSON.stringify(await items(page, '.verify-extra')) === '["notes.txt"]');
    check('no JavaScript error', errors.length === 0, errors.join('; '));
  } finally {
    await browser.close();
  }
  process.exit(tally.summary());
})().catch(e => { console.error(e); process.exit(2); });
