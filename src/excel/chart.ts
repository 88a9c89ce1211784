import { noteWorkbookWrite } from './write-events';

/** A chart over a range of one sheet (e.g. LĐTT per tổ). */
export interface ChartSpec {
  sheet: string;
  type: 'ColumnClustered' | 'BarClustered' | 'Pie' | 'Line';
  /** Data with its header row/column, A1 on the same sheet, e.g. "A5:C12". */
  source: string;
  seriesBy?: 'Auto' | 'Columns' | 'Rows';
  title?: string;
  /** Chart name, to find it again. */
  name?: string;
  /** Where the chart sits, e.g. "E2" to "L18". */
  topLeft?: string;
  bottomRight?: string;
}

/** Adds the chart in one sync. */
export async function insertChart(context: Excel.RequestContext, spec: ChartSpec): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(spec.sheet);
  const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), spec.seriesBy ?? 'Auto');
  if (spec.title !== undefined) chart.title.text = spec.title;
  if (spec.name !== undefined) chart.name = spec.name;
  if (spec.topLeft !== undefined) chart.setPosition(spec.topLeft, spec.bottomRight);
  await context.sync();
  noteWorkbookWrite();
}
