/**
 * npm test: every unit, property, parity and adapter test (jest), then the browser tests against the
 * preview page in Debian's Chromium. Without a browser the browser tests are skipped with a notice,
 * except under CI, where a missing browser is a failure. Ends with one line "N passed, N failed".
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { findChromium } = require('./lib/chromium');

const root = path.join(__dirname, '..');
const outDir = path.join(root, 'test-output');
fs.mkdirSync(outDir, { recursive: true });
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const extraArgs = process.argv.slice(2);

function runJest(label, configArgs, jsonFile) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(
    process.execPath,
    [jest, ...configArgs, '--json', `--outputFile=${jsonFile}`, ...extraArgs],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  let summary = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(jsonFile)) {
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    summary = {
      passed: json.numPassedTests,
      failed: json.numFailedTests + (json.numRuntimeErrorTestSuites || 0),
      skipped: json.numPendingTests + json.numTodoTests,
    };
  } else if (result.status !== 0) {
    summary.failed = 1;
  }
  return { ok: result.status === 0, ...summary };
}

const results = [
  runJest('Kiểm thử đơn vị, thuộc tính, đối chiếu công thức', [], path.join(outDir, 'unit.json')),
];

const chromium = findChromium();
if (chromium) {
  results.push(
    runJest(
      'Kiểm thử trên trình duyệt (Chromium)',
      ['--config', 'jest.browser.config.js', '--runInBand'],
      path.join(outDir, 'browser.json'),
    ),
  );
} else if (process.env.CI) {
  console.error(
    '\nCI: không tìm thấy Chromium (/usr/bin/chromium). Kiểm thử trình duyệt bắt buộc chạy trên CI: cài gói "chromium".',
  );
  results.push({ ok: false, passed: 0, failed: 1, skipped: 0 });
} else {
  console.log(
    '\nBỏ qua kiểm thử trình duyệt: không tìm thấy Chromium. Cài bằng "sudo apt-get install chromium" để chạy.',
  );
}

const total = results.reduce(
  (acc, r) => ({
    passed: acc.passed + r.passed,
    failed: acc.failed + r.failed,
    skipped: acc.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const ok = results.every((r) => r.ok);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(ok ? 0 : 1);
