// What every Firefox test script shares: Debian's Firefox ESR launched through puppeteer-core with
// security.fileuri.strict_origin_policy = true, as in a user's Firefox (puppeteer turns it off by default, which
// would hide that each file:// page gets its own storage), and a tally of named checks.
'use strict';
const puppeteer = require('puppeteer-core');

/** Firefox in a new profile, or in profileDir when given (its storage then outlives the browser, as a user's). */
function launchFirefox(profileDir) {
  const options = {
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true }
  };
  if (profileDir) { options.userDataDir = profileDir; }
  return puppeteer.launch(options);
}

/** check(name, ok, detail) prints one line per check; summary() prints the tally and returns the exit code. */
function checks() {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail) {
      if (ok) { passed++; console.log('ok   ' + name); } else { failed++; console.log('FAIL ' + name + (detail ? ': ' + detail : '')); }
    },
    fail(error) { failed++; console.log('FAIL ' + (error && error.stack ? error.stack : error)); },
    summary() {
      console.log(passed + ' passed, ' + failed + ' failed');
      return failed ? 1 : 0;
    }
  };
}

module.exports = { launchFirefox, checks };
