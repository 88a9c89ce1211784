/**
 * `thidua` run as a process, as scripts run it: every byte through a slow pipe, the exit code the help
 * promises, and the old file untouched when a write fails half-way.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuiltCli } from './support/built-cli';

jest.setTimeout(120000);

/** Runs a shell line with `thidua` standing for the compiled command. */
function sh(line: string, cwd: string) {
  const result = spawnSync('bash', ['-c', line.replace(/thidua/g, `node "${BIN}"`)], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('thidua as a process', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuiltCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-process-'));
    expect(sh('thidua demo --json -o mau.json', dir).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('evaluate --json through a slow pipe delivers all 440 KB as valid JSON, with exit code 1 for the sample errors', () => {
    const result = sh('thidua evaluate mau.json --json | (sleep 1; cat); exit ${PIPESTATUS[0]}', dir);
    expect(result.out.length).toBeGreaterThan(400_000);
    const report = JSON.parse(result.out);
    expect(report.scoring.people).toHaveLength(61);
    expect(result.code).toBe(1);
  });

  it('a reader that stops early (| head) gets no stack trace on stderr', () => {
    const result = sh('thidua evaluate mau.json --json | head -c 10', dir);
    expect(result.out).toBe('{\n  "schoo');
    expect(result.err).toBe('');
  });

  it('demo --json through a slow pipe: the sentence arrives and the exit code is 0', () => {
    const result = sh('thidua demo --json -o mau-2.json | (sleep 1; cat); exit ${PIPESTATUS[0]}', dir);
    expect(result.out).toContain('Đã ghi hồ sơ JSON của trường mẫu');
    expect(result.code).toBe(0);
  });

  it('a file size limit hit while writing new --force leaves the old workbook intact, no temporary file, exit 2', () => {
    const old = path.join(dir, 'cu.xlsx');
    expect(sh('thidua new mau.json -o cu.xlsx', dir).code).toBe(1);
    const before = fs.readFileSync(old);
    const result = sh('ulimit -f 50; exec thidua new mau.json -o cu.xlsx --force', dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('"cu.xlsx" vượt giới hạn kích thước tệp');
    expect(result.err).toContain('tệp cũ (nếu có) vẫn giữ nguyên');
    expect(result.err).not.toMatch(/EFBIG|\n\s+at /);
    expect(fs.readFileSync(old).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a file size limit hit while writing demo --json leaves the old JSON whole', () => {
    const before = fs.readFileSync(path.join(dir, 'mau.json'), 'utf8');
    const result = sh('ulimit -f 50; exec thidua demo --json -o mau.json --force', dir);
    expect(result.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'mau.json'), 'utf8')).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a mistyped option is misuse: exit 2, the closest option suggested, no stack trace', () => {
    const result = sh('thidua evaluate mau.json --josn', dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Có phải ý bạn là --json?');
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});
