import type { SchoolCase } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample';
import { insertTargetChart, toExcelChartSpec } from '../../../src/excel/operations/targets-chart';
import { targetsLayoutFromValues } from '../../../src/excel/operations/targets-chart-source';
import { writeTargetCount } from '../../../src/excel/operations/targets-edit';
import { writeCaseWorkbook } from '../../../src/excel/operations';
import { targetChartSpec } from '../../../src/layout/targets';
import { buildCaseWorkbook } from '../../../src/layout/workbook';
import { createFakeExcelHost, type FakeExcelHost } from '../../../src/preview/fake-excel';
import { chartBars } from '../../../src/taskpane/panels/targets/chart-data';
import { evaluateWorkbook } from '../../layout/scoring/hyperformula';
import { samplePlan } from './fixtures';

/** The sample school's scoring and targets sheets (the vote's are not needed here). */
function targetsCase(): SchoolCase {
  return { ...sampleFullCase(), votes: undefined };
}

async function sampleHost(): Promise<{ host: FakeExcelHost; run: () => Excel.RequestContext }> {
  const host = createFakeExcelHost({ sheets: ['Sheet1'], displayLocale: 'vi-VN' });
  const run = () => host.createContext() as unknown as Excel.RequestContext;
  await writeCaseWorkbook(run(), targetsCase());
  host.stats.reset();
  return { host, run };
}

describe('the chart table read back from the "Chỉ tiêu" sheet', () => {
  const built = buildCaseWorkbook(targetsCase());
  const values = evaluateWorkbook(built.spec)['Chỉ tiêu'];

  it('is the range the sheet was built with, so the native chart draws exactly that table', () => {
    const layout = targetsLayoutFromValues(values, 'Chỉ tiêu')!;
    expect(layout.chartRange).toBe(built.targets!.targetsLayout.chartRange);
    expect(targetChartSpec(layout)).toEqual(targetChartSpec(built.targets!.targetsLayout));
    expect(layout.rows.get('CSTDCS')).toBe(built.targets!.targetsLayout.rows.get('CSTDCS'));
  });

  it("has the pane's bars in the same order and with the same categories", () => {
    const range = built.targets!.targetsLayout.chartRange!;
    const firstRow = Number(/\d+/.exec(range)![0]);
    const categories = chartBars(samplePlan().evaluation).map((b) => b.category);
    categories.forEach((category, i) => expect(values[firstRow + i][14]).toBe(category));
  });

  it('is missing on a sheet without it', () => {
    expect(targetsLayoutFromValues([['Chỉ tiêu']], 'Chỉ tiêu')).toBeUndefined();
  });
});

describe('"Chèn biểu đồ" in the workbook', () => {
  it('adds one clustered column chart over the chart table in two syncs, and replaces it when asked again', async () => {
    const { host, run } = await sampleHost();
    const first = await insertTargetChart(run(), 'Chỉ tiêu');
    expect(first.replaced).toBe(false);
    expect(host.stats.syncCount()).toBe(2);
    const spec = toExcelChartSpec(targetChartSpec(buildCaseWorkbook(targetsCase()).targets!.targetsLayout)!);
    expect(first.chart).toEqual(spec);
    const again = await insertTargetChart(run(), 'Chỉ tiêu');
    expect(again.replaced).toBe(true);
    const charts = host.inspect.charts('Chỉ tiêu');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      title: 'Chỉ tiêu và kết quả',
      name: 'TD_BieuDoChiTieu',
      source: `'Chỉ tiêu'!${spec.source}`,
    });
  });
});

describe('editing a target from the pane', () => {
  const cstdcs = { sheet: 'Chỉ tiêu', address: 'F6' };

  it('writes 9 CSTĐCS into its cell in two syncs, and the chart table follows', async () => {
    const { host, run } = await sampleHost();
    expect(await writeTargetCount(run(), cstdcs, 10, 9)).toEqual({ written: true });
    expect(host.stats.syncCount()).toBe(2);
    expect(host.inspect.values('Chỉ tiêu', 'F6')).toEqual([[9]]);
    const range = targetsLayoutFromValues(host.inspect.values('Chỉ tiêu', 'A1:Z40'), 'Chỉ tiêu')!.chartRange!;
    const row = Number(/\d+/.exec(range)![0]) + 2;
    expect(host.inspect.values('Chỉ tiêu', `P${row}`)).toEqual([[9]]);
  });

  it('does not overwrite a number someone changed on the sheet meanwhile', async () => {
    const { host, run } = await sampleHost();
    host.userEdit('Chỉ tiêu', 'F6', '8');
    expect(await writeTargetCount(run(), cstdcs, 10, 9)).toEqual({
      written: false,
      reason: 'changed',
      current: 8,
    });
    expect(host.inspect.values('Chỉ tiêu', 'F6')).toEqual([[8]]);
  });

  it('refuses a number that is not a whole number from 0', async () => {
    const { run } = await sampleHost();
    await expect(writeTargetCount(run(), cstdcs, 10, -1)).rejects.toThrow(/số nguyên từ 0 trở lên/);
  });
});
