/** Debian's Chromium, the only browser the tests use (no browser downloads on these machines). */
const fs = require('fs');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);

function findChromium() {
  return CANDIDATES.find((p) => fs.existsSync(p)) || null;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

module.exports = { findChromium, CHROMIUM_ARGS };
