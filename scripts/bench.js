/**
 * npm run bench: compiles the CLI (the benchmarks time the real command), runs test/bench, then measures the
 * pane's first load side by side with Microsoft's React task-pane template (scripts/bench-pane.js).
 */
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step(process.execPath, [
  path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
  '-p',
  'tsconfig.cli.json',
]);
step(process.execPath, [
  path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
  '--config',
  'jest.bench.config.js',
  '--runInBand',
  ...process.argv.slice(2),
]);
step(process.execPath, [path.join(root, 'scripts', 'bench-pane.js'), '--build']);
