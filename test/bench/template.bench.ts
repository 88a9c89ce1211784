/**
 * Building the template and recalculating, for 30, 61 and 150 staff with 60 criteria: at most 2 syncs each,
 * no sync above 5 MB (Excel on the web's limit), and the time taken, against the fake Excel host.
 */
import { performance } from 'node:perf_hooks';
import { evaluateCase } from '../../src/domain/case';
import { readAllSheets, writeCaseWorkbook } from '../../src/excel/operations';
import { readCaseWorkbook } from '../../src/layout/workbook';
import { createFakeExcelHost } from '../../src/preview/fake-excel';
import { mb, ms, printBench, type BenchRow } from './support/report';
import { syntheticSchool } from './support/synthetic-school';

const FIVE_MB = 5 * 1024 * 1024;

describe.each([30, 61, 150])('%i staff × 60 criteria', (staff) => {
  it('builds and recalculates within 2 syncs and 5 MB per sync', async () => {
    const schoolCase = syntheticSchool(staff);
    const host = createFakeExcelHost({ payloadLimitBytes: FIVE_MB });
    const context = host.createContext() as unknown as Excel.RequestContext;

    const t0 = performance.now();
    await writeCaseWorkbook(context, schoolCase);
    const buildMs = performance.now() - t0;
    const buildSyncs = host.stats.syncCount();
    const buildPayload = host.stats.maxPayloadBytes();

    host.stats.reset();
    const t1 = performance.now();
    const sheets = await readAllSheets(context);
    const read = readCaseWorkbook(sheets);
    if ('missing' in read) throw new Error(read.issues.map((i) => i.message).join('\n'));
    evaluateCase(read.schoolCase);
    const recalcMs = performance.now() - t1;
    const recalcSyncs = host.stats.syncCount();
    const recalcPayload = Math.max(...host.stats.syncs.map((s) => s.payloadBytes + (s.responseBytes ?? 0)));

    const rows: BenchRow[] = [
      { what: 'lập bảng: số lần sync', figure: String(buildSyncs), target: '≤ 2', met: buildSyncs <= 2 },
      {
        what: 'lập bảng: lần sync lớn nhất',
        figure: mb(buildPayload),
        target: '≤ 5 MB',
        met: buildPayload <= FIVE_MB,
      },
      { what: 'lập bảng: thời gian (máy giả lập)', figure: ms(buildMs), target: '(báo cáo)', met: true },
      { what: 'tính lại: số lần sync', figure: String(recalcSyncs), target: '≤ 2', met: recalcSyncs <= 2 },
      {
        what: 'tính lại: lần sync lớn nhất',
        figure: mb(recalcPayload),
        target: '≤ 5 MB',
        met: recalcPayload <= FIVE_MB,
      },
      { what: 'tính lại: thời gian', figure: ms(recalcMs), target: '(báo cáo)', met: true },
    ];
    printBench(`Bảng lượng hóa: ${staff} cán bộ × 60 tiêu chí × 2 đợt`, rows);
    expect(rows.filter((r) => !r.met)).toEqual([]);
  });
});
