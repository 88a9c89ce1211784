/**
 * `thidua gather` for a province (issue 13): 3,000 schools' exports in ≤ 3 minutes with bounded memory, with
 * 150 and 1,000 beside it to show how time and peak memory grow. Each figure is the whole command in its own
 * process (node start, reading every file's "Tóm tắt", checking, writing the Phòng's workbook). The target is
 * checked against CPU time, wall time printed beside it, because the machine is shared.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureNode, type CommandCost } from './support/measure';
import { mb, ms, printBench } from './support/report';
import { writeSchoolExports } from './support/school-exports';

const root = path.join(__dirname, '..', '..');
const TARGET_MS = 180_000;
/** Peak memory allowed for 3,000 schools: the files together are over 100 MB, their summaries a few MB. */
const TARGET_RSS = 512 * 1024 * 1024;

it('thidua gather: 3,000 schools in ≤ 3 minutes of CPU, memory not growing with the files', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-gather-province-'));
  // Three folders, so 150, 1,000 and 3,000 are the first one, the first two and all three.
  const folders = [
    { dir: path.join(dir, 'dot-1'), count: 150, first: 1 },
    { dir: path.join(dir, 'dot-2'), count: 850, first: 151 },
    { dir: path.join(dir, 'dot-3'), count: 2000, first: 1001 },
  ];
  for (const folder of folders) await writeSchoolExports(folder.dir, folder.count, { first: folder.first });
  const filesSize = folders
    .flatMap((f) => fs.readdirSync(f.dir).map((name) => fs.statSync(path.join(f.dir, name)).size))
    .reduce((a, b) => a + b, 0);

  const gather = (parts: number): { schools: number; cost: CommandCost } => {
    const used = folders.slice(0, parts);
    const cost = measureNode([
      path.join(root, 'bin', 'thidua.js'),
      'gather',
      ...used.map((f) => f.dir),
      '-o',
      path.join(dir, `phong-${parts}.xlsx`),
      '--force',
    ]);
    if (cost.status !== 0 && cost.status !== 1) throw new Error(cost.stderr);
    const schools = used.reduce((n, f) => n + f.count, 0);
    expect(cost.stdout).toContain(`Đã tổng hợp ${schools} trường`);
    return { schools, cost };
  };
  const runs = [gather(1), gather(2), gather(3)];
  fs.rmSync(dir, { recursive: true, force: true });

  const [small, , province] = runs;
  printBench('thidua gather: tệp xuất của cả tỉnh', [
    { what: 'các tệp của 3.000 trường', figure: mb(filesSize), target: '(báo cáo)', met: true },
    ...runs.flatMap(({ schools, cost }) => [
      {
        what: `${schools} trường: CPU (thời gian thực)`,
        figure: `${ms(cost.cpuMs)} (${ms(cost.wallMs)})`,
        target: schools === 3000 ? `≤ ${TARGET_MS} ms CPU` : '(báo cáo)',
        met: schools !== 3000 || cost.cpuMs <= TARGET_MS,
      },
      {
        what: `${schools} trường: bộ nhớ đỉnh (RSS)`,
        figure: mb(cost.maxRssBytes),
        target: schools === 3000 ? `≤ ${mb(TARGET_RSS)}` : '(báo cáo)',
        met: schools !== 3000 || cost.maxRssBytes <= TARGET_RSS,
      },
    ]),
  ]);
  expect(province.cost.cpuMs).toBeLessThanOrEqual(TARGET_MS);
  expect(province.cost.maxRssBytes).toBeLessThanOrEqual(TARGET_RSS);
  // Bounded: twenty times the files must not cost anything like twenty times the memory.
  expect(province.cost.maxRssBytes).toBeLessThan(small.cost.maxRssBytes * 5);
});
