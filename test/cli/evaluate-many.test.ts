/** A Phòng evaluating every school's file in one command: one summary each, bad files named, a total line. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startProgress } from '../../src/cli/progress';
import { runCli } from './support/run-cli';

jest.setTimeout(120000);

let dir: string;
let folder: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-many-'));
  folder = path.join(dir, 'phong');
  fs.mkdirSync(folder);
  const sample = path.join(folder, 'b-co-loi.json');
  await runCli(['demo', '--json', '-o', sample]);
  const { targets: _targets, ...clean } = JSON.parse(fs.readFileSync(sample, 'utf8'));
  fs.writeFileSync(path.join(folder, 'a-sach.json'), JSON.stringify(clean));
  fs.writeFileSync(path.join(folder, 'c-hong.xlsx'), 'Mã,Họ và tên\n');
  await runCli(['new', path.join(folder, 'a-sach.json'), '-o', path.join(folder, 'd-sach.xlsx')]);
  // Not read: Excel's lock file, another kind of file, a sub-folder.
  fs.writeFileSync(path.join(folder, '~$d-sach.xlsx'), 'lock');
  fs.writeFileSync(path.join(folder, 'ghi-chu.txt'), 'x');
  fs.mkdirSync(path.join(folder, 'cu.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('thidua evaluate over a folder and several files', () => {
  it('a folder: every .xlsx and .json in name order, the bad one named, the others still done, worst exit code', async () => {
    const result = await runCli(['evaluate', folder]);
    expect(result.code).toBe(2);
    const lines = result.out.split('\n').filter((l) => l.startsWith(folder));
    expect(lines.map((l) => path.basename(l.slice(folder.length + 1).split(':')[0]))).toEqual([
      'a-sach.json',
      'b-co-loi.json',
      'c-hong.xlsx',
      'd-sach.xlsx',
    ]);
    expect(lines[0]).toContain('61 người, 8 tổ; không có lỗi');
    expect(lines[1]).toMatch(/4 LỖI, \d+ cảnh báo/);
    expect(lines[2]).toContain('KHÔNG ĐỌC ĐƯỢC – Tệp');
    expect(lines[2]).toContain('CSV');
    expect(result.out).toContain('  - LỖI: Chỉ tiêu 10 Chiến sĩ thi đua cơ sở vượt giới hạn 15%');
    expect(result.out.trimEnd().split('\n').pop()).toBe(
      'Tổng cộng: 4 tệp; 2 không có lỗi, 1 có lỗi dữ liệu, 1 không đọc được.',
    );
  });

  it('--json gives one entry per file, in the same order, with the one-file report or the error', async () => {
    const result = await runCli(['evaluate', folder, '--json']);
    const list = JSON.parse(result.out);
    expect(list.map((e: { exitCode: number }) => e.exitCode)).toEqual([0, 1, 2, 0]);
    expect(list[0].scoring.people).toHaveLength(61);
    expect(list[2].error).toContain('c-hong.xlsx');
    expect(list[2].scoring).toBeUndefined();
    const single = JSON.parse((await runCli(['evaluate', path.join(folder, 'a-sach.json'), '--json'])).out);
    expect(list[0].scoring).toEqual(single.scoring);
  });

  it('several files named: only those, exit code of the worst (1 here)', async () => {
    const result = await runCli([
      'evaluate',
      path.join(folder, 'a-sach.json'),
      path.join(folder, 'b-co-loi.json'),
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Tổng cộng: 2 tệp; 1 không có lỗi, 1 có lỗi dữ liệu, 0 không đọc được.');
  });

  it('a missing file among them is reported by name, the others still done', async () => {
    const missing = path.join(folder, 'khong-co.xlsx');
    const result = await runCli(['evaluate', missing, path.join(folder, 'a-sach.json')]);
    expect(result.code).toBe(2);
    expect(result.out).toContain(`${missing}: KHÔNG ĐỌC ĐƯỢC – Không tìm thấy tệp`);
    expect(result.out).toContain('a-sach.json: Trường');
  });

  it('an empty folder is said to be empty', async () => {
    const empty = path.join(dir, 'trong');
    fs.mkdirSync(empty);
    const result = await runCli(['evaluate', empty]);
    expect(result.code).toBe(2);
    expect(result.out).toContain(`Thư mục "${empty}" không có tệp .xlsx hay .json nào.`);
  });

  it('--progress prints nothing on stdout and nothing at all for quick work', async () => {
    const result = await runCli(['evaluate', folder, '--progress', '--json']);
    expect(() => JSON.parse(result.out)).not.toThrow();
    expect(result.err).not.toContain('Đang tính');
  });
});

describe('progress', () => {
  it('silent for the first 2 seconds, then the current step at most once a second', () => {
    let clock = 0;
    const shown: string[] = [];
    const progress = startProgress(
      (t) => shown.push(t),
      () => clock,
    );
    progress.step('Đang tính 1/3: a.xlsx');
    clock = 1900;
    progress.step('Đang tính 2/3: b.xlsx');
    expect(shown).toEqual([]);
    clock = 2100;
    progress.step('Đang tính 3/3: c.xlsx');
    clock = 2500;
    progress.step('Đang tính 3/3: c.xlsx (tiếp)');
    progress.done();
    expect(shown).toEqual(['Đang tính 3/3: c.xlsx']);
  });

  it('nothing at all without a place to show it', () => {
    const progress = startProgress(undefined);
    expect(() => progress.step('x')).not.toThrow();
    progress.done();
  });
});
