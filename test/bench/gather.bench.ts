/**
 * `thidua gather` (issue 13): a Phòng's 150 schools' exports gathered in ≤ 10 s, as the whole command (node
 * start, reading every file, checking, writing the district workbook), with its peak memory. A province's
 * 3,000 files are measured in gather-province.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateCase } from '../../src/domain/case';
import { buildExportWorkbook, EXPORT_DOCUMENTS } from '../../src/layout/export';
import { exportInputFromCase } from '../../src/layout/export-input';
import { buildCaseWorkbook } from '../../src/layout/workbook';
import { writeXlsxFile } from '../../src/xlsx/node-file';
import { randomSchool } from '../support/random-school';
import { mb, ms, printBench } from './support/report';

const root = path.join(__dirname, '..', '..');
const SCHOOLS = 150;

it('thidua gather: 150 schools in ≤ 10 s', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-gather-bench-'));
  const inbox = path.join(dir, 'nop');
  fs.mkdirSync(inbox);
  for (let i = 1; i <= SCHOOLS; i++) {
    const schoolCase = randomSchool(i, `Trường Tiểu học Số ${i}`);
    const read = { schoolCase, scoring: buildCaseWorkbook(schoolCase).scoring, sheets: {}, issues: [] };
    const input = exportInputFromCase(read, evaluateCase(schoolCase), {});
    const spec = buildExportWorkbook(
      input,
      EXPORT_DOCUMENTS.map((d) => d.id),
    );
    await writeXlsxFile(spec, path.join(inbox, `truong-${i}.xlsx`));
  }
  const runs: { wall: number; rss: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        '%M',
        process.execPath,
        path.join(root, 'bin', 'thidua.js'),
        'gather',
        inbox,
        '-o',
        path.join(dir, 'phong.xlsx'),
        '--force',
      ],
      { encoding: 'utf8' },
    );
    const wall = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
    const rssKb = Number(result.stderr.trim().split('\n').pop());
    runs.push({ wall, rss: rssKb * 1024 });
  }
  runs.sort((a, b) => a.wall - b.wall);
  const median = runs[1];
  fs.rmSync(dir, { recursive: true, force: true });
  printBench(`thidua gather: ${SCHOOLS} tệp xuất của các trường`, [
    {
      what: 'thời gian cả lệnh (trung vị 3 lần)',
      figure: ms(median.wall),
      target: '≤ 10000 ms',
      met: median.wall <= 10_000,
    },
    {
      what: 'bộ nhớ đỉnh (RSS)',
      figure: mb(median.rss),
      target: '≤ 1024 MB',
      met: median.rss <= 1024 * 1024 * 1024,
    },
  ]);
});
