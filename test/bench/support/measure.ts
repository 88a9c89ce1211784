import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** What one whole command cost: wall time, CPU time and peak memory of its process. */
export interface CommandCost {
  wallMs: number;
  cpuMs: number;
  maxRssBytes: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const HOOK = path.join(__dirname, 'usage-hook.js');

/**
 * Runs `node <args>` as its own process with Node's default heap (no --max-old-space-size) and reports its
 * cost, read by a preloaded hook from process.resourceUsage() as the process exits.
 */
export function measureNode(args: string[]): CommandCost {
  const usageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-usage-')), 'usage.json');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', HOOK, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, THIDUA_BENCH_USAGE: usageFile, NODE_OPTIONS: '' },
  });
  const wallMs = performance.now() - start;
  const usage = fs.existsSync(usageFile)
    ? (JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssBytes: number; cpuMs: number })
    : { maxRssBytes: NaN, cpuMs: NaN };
  fs.rmSync(path.dirname(usageFile), { recursive: true, force: true });
  return { wallMs, ...usage, status: result.status, stdout: result.stdout, stderr: result.stderr };
}
