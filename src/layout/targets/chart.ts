/**
 * The native chart of targets against results, as plain data the excel adapter inserts with
 * `sheet.charts.add(type, sheet.getRange(sourceRange), seriesBy)`. The source is the contiguous table the
 * "Chỉ tiêu" sheet keeps for it (categories in the first column, "Chỉ tiêu" and "Kết quả" as series), so
 * the chart follows every edit of a target.
 */
import type { TargetsLayout } from './targets-sheet';

export interface ChartSpec {
  sheet: string;
  /** Office.js chart type and series orientation names. */
  type: 'ColumnClustered';
  seriesBy: 'Columns';
  /** A1 range on `sheet`, header row included. */
  sourceRange: string;
  title: string;
  /** Where the chart sits: its top-left and bottom-right cells. */
  position: { topLeft: string; bottomRight: string };
  /** Name to find the chart again and replace it instead of adding a second one. */
  name: string;
}

export const TARGET_CHART_TITLE = 'Chỉ tiêu và kết quả';
export const TARGET_CHART_NAME = 'TD_BieuDoChiTieu';

/** undefined when the table has no title target to draw. */
export function targetChartSpec(layout: TargetsLayout): ChartSpec | undefined {
  if (!layout.chartRange) return undefined;
  return {
    sheet: layout.sheet,
    type: 'ColumnClustered',
    seriesBy: 'Columns',
    sourceRange: layout.chartRange,
    title: TARGET_CHART_TITLE,
    position: { topLeft: 'S4', bottomRight: 'Z22' },
    name: TARGET_CHART_NAME,
  };
}
