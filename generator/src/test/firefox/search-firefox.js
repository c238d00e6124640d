// Search in Firefox ESR from file://, with security.fileuri.strict_origin_policy = true as in a user's Firefox:
// the same checks as SearchQualityBrowserTest and SearchTypingBrowserTest (Chromium) on the same plans.
// Usage: node search-firefox.js <bundle> <the same bundle without its assets/search files> <the typing plan's bundle>
// Prints one line per check and exits non-zero if any failed.
'use strict';
const path = require('path');
const { launchFirefox, checks } = require('./harness');

const [bundle, broken, typing] = process.argv.slice(2);
const tally = checks();
const check = tally.check;

/** Opens the overview, types text in the search box and returns the result titles and the first message. */
async function search(page, dir, text) {
  await page.goto('file://' + path.join(dir, 'index.html'));
  await page.click('#search-input');
  await page.type('#search-input', text);
  await page.waitForFunction(() => {
    const box = document.getElementById('search-results');
    return !box.hidden && box.textContent && box.textContent.indexOf('Loading') !== 0;
  }, { timeout: 10000 });
  return page.evaluate(() => ({
    titles: Array.from(document.querySelectorAll('#search-results .search-result-title')).map(e => e.textContent),
    message: (document.querySelector('#search-results .search-message') || { textContent: '' }).textContent
  }));
}

(async () => {
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));

    let r = await search(page, bundle, 'apigw-dc2-11');
    check('a host name finds the page that has it first', r.titles[0] === 'Restore the API gateway', r.titles.join(' | '));

    for (const code of ['ERR_CONN_REFUSED', 'ora-00942', 'INC-4711', '10.2.0.15']) {
      r = await search(page, bundle, code);
      check('"' + code + '" finds its page first', r.titles[0] === 'Database errors', r.titles.join(' | '));
    }

    r = await search(page, bundle, 'quorum zebra');
    check('every word must match', r.titles.join('|') === 'Glossary', r.titles.join(' | '));
    r = await search(page, bundle, 'quorum yak');
    check('else any word, and the box says so',
      r.titles.slice().sort().join('|') === 'Cluster notes|Glossary' && r.message.indexOf('No section has all of') === 0,
      r.titles.join(' | ') + ' / ' + r.message);

    for (const typed of ['restor', 'restorin', 'restoring']) {
      r = await search(page, bundle, typed);
      check('half-typed "' + typed + '" shows the word it begins', r.titles[0] === 'Restore the API gateway', r.titles.join(' | '));
    }

    r = await search(page, bundle, 'formation');
    check('an exact word beats a word of the same stem', r.titles.join('|') === 'Cluster notes|Formatting the disks', r.titles.join(' | '));
    r = await search(page, bundle, 'zebra');
    check('a title beats a body', r.titles.join('|') === 'Zebra crossing procedure|Glossary', r.titles.join(' | '));

    r = await search(page, bundle, 'rezbcd');
    check('a word in a split chunk is found', r.titles.join('|') === 'Reason codes', r.titles.join(' | '));
    r = await search(page, bundle, 'apigw-dc9-1234');
    check('a host name in a split chunk is found', r.titles[0] === 'Reason codes', r.titles.join(' | '));
    r = await search(page, bundle, 're');
    check('a split key typed finds the words under it', r.titles.indexOf('Restore the API gateway') >= 0, r.titles.join(' | '));

    r = await search(page, bundle, 'wombat');
    const markup = await page.evaluate(() => document.querySelectorAll('#search-results img, #search-results b').length);
    const pwned = await page.evaluate(() => window.pwned);
    check('a hostile title is shown as text',
      r.titles.join('|') === '<img src=x onerror="window.pwned=1">Wombat <b>care</b>' && markup === 0 && pwned === undefined,
      r.titles.join(' | ') + ' / ' + markup + ' / ' + pwned);

    for (const [typed, expected] of [['in', 'Declare the incident'], ['not', 'Declare the incident'],
      ['my', 'Restore the MySQL database'], ['to', 'Restore the MySQL database'], ['on', 'Status page']]) {
      r = await search(page, typing, typed);
      check('the stop word "' + typed + '" being typed finds the words it begins', r.titles.join('|') === expected,
        r.titles.join(' | ') + ' / ' + r.message);
    }
    r = await search(page, typing, 'restore to');
    check('after other words a stop word being typed ranks but does not filter',
      r.titles.join('|') === 'Restore the MySQL database|Restore the file shares', r.titles.join(' | '));
    for (const typed of ['eestore', 'rsstore', 'xnapshot']) {
      r = await search(page, typing, typed);
      check('a typo in the first letters of "' + typed + '" is found', /^Restore the/.test(r.titles[0] || ''),
        r.titles.join(' | ') + ' / ' + r.message);
    }
    r = await search(page, typing, 'the my');
    check('a finished stop word before other words is dropped', r.titles.join('|') === 'Restore the MySQL database',
      r.titles.join(' | '));

    check('no JavaScript error', errors.length === 0, errors.join('; '));

    r = await search(page, broken, 'zebra');
    check('a bundle without its index says so', r.message.indexOf('The search index could not be loaded') === 0, r.message);
    await page.goto('file://' + path.join(broken, 'checklist.html'));
    check('and its pages still work', (await page.$eval('main h1', e => e.textContent)) === 'Recovery checklist');
  } catch (e) {
    tally.fail(e);
  } finally {
    await browser.close();
    process.exit(tally.summary());
  }
})();
