/**
 * The CLI on big and many workbooks, each command timed as a whole process with Node's default heap:
 * - `thidua new` for 5,000 staff × 60 criteria × 2 rounds: ≤ 30 s and ≤ 1 GB;
 * - `thidua evaluate` and `thidua export` of that workbook: ≤ 10 s and ≤ 1 GB each;
 * - a Phòng's 100 ordinary schools (61 staff each) read and evaluated by one `thidua evaluate <files…> --json`
 *   (one process): ≤ 30 s.
 * Time is asserted on the process's CPU time (user + system), which does not depend on what else the machine
 * is running; the wall time is printed beside it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseToFile } from '../../src/domain/case';
import { ownerMarkerNames } from '../../src/layout/owner-markers';
import { buildCaseWorkbook } from '../../src/layout/workbook';
import { writeXlsxFile } from '../../src/xlsx/node-file';
import { measureNode, type CommandCost } from './support/measure';
import { mb, ms, printBench, type BenchRow } from './support/report';
import { syntheticSchool } from './support/synthetic-school';

const root = path.join(__dirname, '..', '..');
const thidua = path.join(root, 'bin', 'thidua.js');
const GB = 1024 * 1024 * 1024;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-scale-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function rows(what: string, cost: CommandCost, seconds: number): BenchRow[] {
  return [
    {
      what: `${what}: thời gian CPU`,
      figure: ms(cost.cpuMs),
      target: `≤ ${seconds} s`,
      met: cost.cpuMs <= seconds * 1000,
    },
    { what: `${what}: thời gian thực`, figure: ms(cost.wallMs), target: '(báo cáo)', met: true },
    {
      what: `${what}: bộ nhớ đỉnh`,
      figure: mb(cost.maxRssBytes),
      target: '≤ 1 GB',
      met: cost.maxRssBytes <= GB,
    },
  ];
}

function succeeded(cost: CommandCost): void {
  // 1 is "done, with data errors printed" (the synthetic school has namesakes); 2 would be a failure.
  if (cost.status !== 0 && cost.status !== 1) throw new Error(`${cost.status}: ${cost.stderr}`);
}

it('5,000 staff × 60 criteria × 2 rounds: new, evaluate and export', () => {
  const caseFile = path.join(dir, 'truong-5000.json');
  fs.writeFileSync(caseFile, JSON.stringify(caseToFile(syntheticSchool(5000))));
  const workbook = path.join(dir, 'truong-5000.xlsx');
  const exported = path.join(dir, 'truong-5000-xuat.xlsx');

  const created = measureNode([thidua, 'new', caseFile, '-o', workbook]);
  succeeded(created);
  const evaluated = measureNode([thidua, 'evaluate', workbook, '--json']);
  succeeded(evaluated);
  const exportedCost = measureNode([thidua, 'export', workbook, '-o', exported]);
  succeeded(exportedCost);

  const table = [
    ...rows('thidua new', created, 30),
    { what: 'tệp .xlsx', figure: mb(fs.statSync(workbook).size), target: '(báo cáo)', met: true },
    ...rows('thidua evaluate', evaluated, 10),
    ...rows('thidua export', exportedCost, 10),
  ];
  printBench(
    'Sổ .xlsx: 5.000 cán bộ × 60 tiêu chí × 2 đợt (mỗi lệnh là một tiến trình, heap mặc định)',
    table,
  );
  expect(table.filter((r) => !r.met)).toEqual([]);
});

it("a Phòng's 100 schools of 61 staff, read and evaluated in one process", async () => {
  const built = buildCaseWorkbook(syntheticSchool(61));
  const names = built.spec.sheets.map((s) => s.name);
  const first = path.join(dir, 'truong-001.xlsx');
  await writeXlsxFile({ ...built.spec, names: [...built.spec.names, ...ownerMarkerNames(names)] }, first);
  const files = [first];
  for (let i = 2; i <= 100; i++) {
    const file = path.join(dir, `truong-${String(i).padStart(3, '0')}.xlsx`);
    fs.copyFileSync(first, file);
    files.push(file);
  }
  // The real command over all 100 files: one process, one --json entry per file, in order.
  const cost = measureNode([thidua, 'evaluate', ...files, '--json']);
  succeeded(cost);
  const list = JSON.parse(cost.stdout) as { exitCode: number; scoring?: { people: unknown[] } }[];
  const evaluated = list.filter(
    (entry) => entry.exitCode !== 2 && entry.scoring?.people.length === 61,
  ).length;
  const table = [
    { what: 'số trường đã tính', figure: String(evaluated), target: '100', met: evaluated === 100 },
    ...rows('100 trường', cost, 30),
  ];
  printBench('Phòng GD&ĐT: 100 trường × 61 cán bộ × 60 tiêu chí, một tiến trình', table);
  expect(table.filter((r) => !r.met)).toEqual([]);
});
