/**
 * "Chèn biểu đồ": a native clustered-column chart of targets against results on the "Chỉ tiêu" sheet, drawn
 * from the sheet's own chart table, so later edits move it without the pane. Inserting again replaces the
 * chart (found by its name) instead of stacking a second one. Two syncs: one to read, one to write.
 */
import type { ChartSpec as LayoutChartSpec } from '../../layout/targets';
import { targetChartSpec } from '../../layout/targets';
import { TARGET_CHART_NAME } from '../../layout/targets/chart';
import { insertChart, type ChartSpec } from '../chart';
import { toSheetRead } from '../read-sheets';
import { targetsLayoutFromValues } from '../../layout/workbook/chart-source';

/** The layout's description of the chart in the adapter's terms. */
export function toExcelChartSpec(spec: LayoutChartSpec): ChartSpec {
  return {
    sheet: spec.sheet,
    type: spec.type,
    source: spec.sourceRange,
    seriesBy: spec.seriesBy,
    title: spec.title,
    name: spec.name,
    topLeft: spec.position.topLeft,
    bottomRight: spec.position.bottomRight,
  };
}

export interface TargetChartResult {
  chart: ChartSpec;
  /** A chart of that name was there and has been replaced. */
  replaced: boolean;
}

export async function insertTargetChart(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<TargetChartResult> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,values,formulas');
  const existing = sheet.charts.getItemOrNullObject(TARGET_CHART_NAME);
  await context.sync();
  const values = used.isNullObject
    ? []
    : toSheetRead(used.address, used.rowIndex, used.columnIndex, used.values, used.formulas).values;
  const layout = targetsLayoutFromValues(values, sheetName);
  const spec = layout ? targetChartSpec(layout) : undefined;
  if (!spec) {
    throw new Error(
      `Sheet "${sheetName}" không có bảng số liệu biểu đồ (các cột Danh hiệu, Chỉ tiêu, Kết quả) hoặc bảng không có dòng nào: ` +
        'hãy thêm ít nhất một chỉ tiêu danh hiệu, hoặc lập lại sheet Chỉ tiêu ở mục Lập bảng.',
    );
  }
  const replaced = !existing.isNullObject;
  if (replaced) existing.delete();
  const chart = toExcelChartSpec(spec);
  await insertChart(context, chart);
  return { chart, replaced };
}
