// Search benchmark in Firefox ESR from file:// (SearchBenchmark runs it; not a test).
// Usage: node search-bench.js <bundle> <runs> <query>...
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [bundle, runsText, ...queries] = process.argv.slice(2);
const runs = Number(runsText);
// times the search box from outside: search.js has no benchmark hooks (see search-probe.js)
const probe = fs.readFileSync(path.join(__dirname, 'search-probe.js'), 'utf8');

function median(values) { const s = values.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

async function launch() {
  return puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true } });
}

async function shown(page, text) {
  await page.waitForFunction(t => window.drplanProbe.shown[t] !== undefined, { timeout: 120000 }, text);
  return page.evaluate(t => window.drplanProbe.shown[t], text);
}

function loadedBytes(names) {
  return names.reduce((sum, n) => sum + fs.statSync(path.join(bundle, 'assets/search', n + '.js')).size,
    fs.statSync(path.join(bundle, 'assets/lunr.min.js')).size + fs.statSync(path.join(bundle, 'assets/search-core.js')).size);
}

(async () => {
  console.log('  Firefox:');
  for (const query of queries) {
    const cold = [], warm = [];
    let loaded = 0;
    for (let run = 0; run < runs; run++) {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.goto('file://' + path.join(bundle, 'index.html'));
        await page.evaluate(probe);
        await page.click('#search-input');
        await page.type('#search-input', query);
        const at = await shown(page, query);
        cold.push(at - await page.evaluate(() => window.drplanProbe.firstInput));
        loaded = loadedBytes(await page.evaluate(() => window.drplanProbe.loaded()));
        const next = query === 'replica' ? 'backup window' : 'replica';
        await page.evaluate(() => { document.getElementById('search-input').value = ''; });
        await page.type('#search-input', next);
        warm.push(await shown(page, next) - await page.evaluate(q => window.drplanProbe.asked[q], next[0]));
      } finally {
        await browser.close();
      }
    }
    console.log('    ' + ('"' + query + '"').padEnd(26) + ' loads ' + (loaded / 1e3).toFixed(0).padStart(6)
      + ' KB, first results ' + median(cold).toFixed(0).padStart(5) + ' ms cold, '
      + median(warm).toFixed(0).padStart(4) + ' ms warm');
  }
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto('file://' + path.join(bundle, 'index.html'));
        await page.evaluate(probe);
    await page.click('#search-input');
    await page.type('#search-input', 'x');
    await shown(page, 'x');
    await page.evaluate(() => { document.getElementById('search-input').value = ''; });
    const times = [];
    let typed = '';
    for (const c of 'restore database') {
      typed += c;
      await page.type('#search-input', c);
      if (!typed.endsWith(' ')) {
        const t = typed.trim();
        times.push(await shown(page, t) - await page.evaluate(q => window.drplanProbe.asked[q], t));
      }
    }
    console.log('    per keystroke typing "restore database": median ' + median(times).toFixed(0) + ' ms, max '
      + Math.max(...times).toFixed(0) + ' ms');
  } finally {
    await browser.close();
  }
})();
