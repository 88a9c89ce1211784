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
  expect(
    read.scoring.people.map((p: Record<string, unknown>) => [
      p.personId,
      p.yearTotal,
      p.rankOverall,
      p.rankInRole,
      p.rankInTeam,
    ]),
  ).toEqual(engine.people.map((p) => [p.personId, p.yearTotal, p.rankOverall, p.rankInRole, p.rankInTeam]));
});
