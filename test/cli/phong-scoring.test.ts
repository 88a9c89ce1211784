/**
 * A Phòng scores its schools from the command line (issue 13): the sample Phòng's JSON case, a workbook
 * built from it, evaluated from the workbook with every school's ranks overall, within its cấp học and
 * within its cụm, then exported as the Phòng's report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseFromFile, evaluateCase } from '../../src/domain/case';
import type { SchoolCaseFile } from '../../src/domain/case';
import { readXlsxFile } from '../../src/xlsx/node-file';
import { runCli } from './support/run-cli';

jest.setTimeout(120000); // writes and reads real .xlsx files

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-phong-scoring-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('demo --mau-phong → new → evaluate: 30 schools ranked overall, in their cấp học and in their cụm', async () => {
  const json = path.join(dir, 'phong.json');
  const xlsx = path.join(dir, 'phong.xlsx');
  const demo = await runCli(['demo', '--mau-phong', '--json', '-o', json]);
  expect(demo.code).toBe(0);
  const file = JSON.parse(fs.readFileSync(json, 'utf8')) as SchoolCaseFile;
  expect(file.unitKind).toBe('school');
  expect(file.staff).toHaveLength(30);
  expect(file.staff.every((school) => school.gender === undefined)).toBe(true);

  const made = await runCli(['new', json, '-o', xlsx]);
  expect(made.err).toBe('');
  expect(made.out).toContain('Danh sách trường');
  expect(made.out).toContain('Tổng hợp cụm');
  expect(made.code).toBe(0);

  const text = await runCli(['evaluate', xlsx]);
  expect(text.code).toBe(0);
  expect(text.out).toContain('CÁC TRƯỜNG (30 trường)');
  expect(text.out).toContain('Hạng trong cấp học');
  expect(text.out).toContain('Hạng trong cụm');
  expect(text.out).toContain('CỤM THI ĐUA (5 cụm)');
  expect(text.out).not.toMatch(/Họ và tên|Hạng trong tổ/);

  const engine = evaluateCase(caseFromFile(file).schoolCase!).scoring;
  const read = JSON.parse((await runCli(['evaluate', xlsx, '--json'])).out);
  expect(read.unitKind).toBe('school');
  const many = await runCli(['evaluate', xlsx, json]);
  expect(many.out).toContain('30 trường, 5 cụm');
  expect(
    read.scoring.people.map((p: Record<string, unknown>) => [
      p.personId,
      p.yearTotal,
      p.rankOverall,
      p.rankInRole,
      p.rankInTeam,
    ]),
  ).toEqual(engine.people.map((p) => [p.personId, p.yearTotal, p.rankOverall, p.rankInRole, p.rankInTeam]));

  // export: the Phòng's report only, no school's papers (no vote, no titles) and no school summary.
  const out = path.join(dir, 'bao-cao.xlsx');
  const exported = await runCli(['export', xlsx, '-o', out, '--date', '28/05/2021']);
  expect(exported.code).toBe(0);
  const papers = await readXlsxFile(out);
  expect(papers.sheets.map((s) => s.name)).toEqual(['Kết quả chấm điểm các trường']);
  const lines = papers.sheets[0].values.map((row) => row.filter((v) => v !== null && v !== '').map(String));
  const flat = lines.flat();
  expect(flat).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CÁC TRƯỜNG');
  expect(flat).toContain('TRƯỞNG PHÒNG');
  expect(flat).toContain('Trần Văn Minh');
  // The header: the Ủy ban on one line, the Phòng's name broken after "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO".
  expect(flat.slice(0, 6)).toEqual(
    expect.arrayContaining([
      'ỦY BAN NHÂN DÂN THỊ XÃ THUẬN AN',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'THỊ XÃ THUẬN AN',
    ]),
  );
  // One section per cấp học, each school under its own, sorted by its rank within the cấp học.
  const sections = flat.filter((v) => /^[IVX]+\. /.test(v));
  expect(sections).toEqual([
    'I. Mầm non (10 trường)',
    'II. Tiểu học (12 trường)',
    'III. Trung học cơ sở (8 trường)',
  ]);
  const names = new Map(file.staff.map((s) => [s.fullName, s]));
  for (const [k, level] of ['mam-non', 'tieu-hoc', 'thcs'].entries()) {
    const start = lines.findIndex((row) => row[0] === sections[k]);
    const end =
      k + 1 < sections.length ? lines.findIndex((row) => row[0] === sections[k + 1]) : start + 1 + names.size;
    const rows = lines.slice(start + 1, end).filter((row) => names.has(row[1]));
    const schools = file.staff.filter((s) => s.roleId === level);
    expect(rows).toHaveLength(schools.length);
    const ranks = rows.map(
      (row) => engine.people.find((p) => p.personId === names.get(row[1])!.id)!.rankInRole!,
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rows.every((row) => names.get(row[1])!.roleId === level)).toBe(true);
  }
});

test('new --from a Phòng workbook: the next year is a Phòng workbook of the same schools', async () => {
  const json = path.join(dir, 'phong-a.json');
  const last = path.join(dir, 'phong-2020.xlsx');
  const next = path.join(dir, 'phong-2021.xlsx');
  await runCli(['demo', '--mau-phong', '--json', '-o', json]);
  expect((await runCli(['new', json, '-o', last])).code).toBe(0);
  const made = await runCli(['new', '--from', last, '-o', next]);
  expect(made.code).toBe(0);
  expect(made.out).toContain('Danh sách trường');
  expect(made.out).not.toContain('Lịch sử');
  const text = await runCli(['evaluate', next]);
  expect(text.out).toContain('CÁC TRƯỜNG (30 trường)');
  expect(text.out).toContain('NĂM HỌC 2021-2022');
});

test('gather given the Phòng’s own workbook of schools: named as not a school’s file, never added up', async () => {
  const json = path.join(dir, 'phong-g.json');
  const folder = path.join(dir, 'nop-nham');
  fs.mkdirSync(folder);
  await runCli(['demo', '--mau-phong', '--json', '-o', json]);
  expect((await runCli(['new', json, '-o', path.join(folder, 'phong.xlsx')])).code).toBe(0);
  const gathered = await runCli(['gather', folder, '-o', path.join(dir, 'tong-hop-nham.xlsx')]);
  expect(gathered.out).toContain('Tệp "phong.xlsx": là sổ chấm điểm các trường');
  expect(gathered.out).not.toContain('Đã tổng hợp 1 trường');
});
