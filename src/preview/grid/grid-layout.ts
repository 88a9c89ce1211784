/**
 * How the preview grid lays a sheet out as Excel shows it: merged areas as one cell spanning the others,
 * column widths in pixels, and the numbers of a chart's source as categories and series to draw.
 */
import { cellAddress, parseRangeAddress } from '../../layout/a1';

export interface MergeLayout {
  /** Top-left cell of each merged area → its span. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** Cells hidden under a merged area (not its top-left). */
  covered: Set<string>;
}

export function mergeLayout(merges: readonly string[]): MergeLayout {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of merges) {
    const r = parseRangeAddress(merge);
    spans.set(cellAddress(r.firstRow, r.firstCol), {
      rowSpan: r.lastRow - r.firstRow + 1,
      colSpan: r.lastCol - r.firstCol + 1,
    });
    for (let row = r.firstRow; row <= r.lastRow; row++) {
      for (let col = r.firstCol; col <= r.lastCol; col++) {
        if (row !== r.firstRow || col !== r.firstCol) covered.add(cellAddress(row, col));
      }
    }
  }
  return { spans, covered };
}

/** Excel's widths are in points; the screen's in CSS pixels (96 per inch against 72). */
export function pointsToPixels(points: number): number {
  return Math.round((points * 96) / 72);
}

export interface ChartData {
  categories: string[];
  series: { name: string; values: number[] }[];
  max: number;
}

/**
 * A chart's source read as Excel reads a table with series in columns: the first row names the series,
 * the first column names the categories, the rest are numbers (anything else counts as 0).
 */
export function chartData(values: readonly (readonly unknown[])[]): ChartData {
  const [header = [], ...rows] = values;
  const series = header.slice(1).map((name, i) => ({
    name: String(name ?? `Chuỗi ${i + 1}`),
    values: rows.map((row) => (typeof row[i + 1] === 'number' ? (row[i + 1] as number) : 0)),
  }));
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  return { categories: rows.map((row) => String(row[0] ?? '')), series, max };
}

/** "'Chỉ tiêu'!O4:Q9" → the sheet and the range. */
export function splitSource(source: string): { sheet: string; range: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(source);
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), range: match[3].replace(/\$/g, '') };
}
