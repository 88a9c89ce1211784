/**
 * The compiled `thidua` command, for tests that run it as a process (pipes, exit codes, file size limits).
 * Compiled here when build/cli is missing or older than a source file, so the test runs the code under test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BIN = path.join(ROOT, 'bin', 'thidua.js');
const ENTRY = path.join(ROOT, 'build', 'cli', 'cli', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

export function ensureBuiltCli(): void {
  const built = fs.existsSync(ENTRY) ? fs.statSync(ENTRY).mtimeMs : 0;
  const sources = ['cli', 'domain', 'layout', 'xlsx'].map((d) => newestSource(path.join(ROOT, 'src', d)));
  if (built >= Math.max(...sources)) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
