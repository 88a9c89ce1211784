/**
 * Formatting, borders, sizes, merges and clearing of a range, with the protection checks Excel applies:
 * on a protected sheet formatting needs allowFormatCells, widths allowFormatColumns, heights
 * allowFormatRows, and merging is refused.
 */
import { DEFAULT_FORMAT } from './cell-format';
import type { CellFormat, FormatPatch } from './cell-format';
import { invalidArgument } from './errors';
import {
  MAX_COL,
  MAX_ROW,
  colCount,
  intersect,
  isEntireColumn,
  isEntireRow,
  rect,
  subtract,
} from './geometry';
import type { Rect } from './geometry';
import { assertAllowed, assertContentsEditable } from './protection';
import { cellText } from './range-ops';
import type { SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

export function applyFormat(sheet: SheetModel, r: Rect, patch: FormatPatch, location: string): void {
  assertAllowed(sheet, 'allowFormatCells', location);
  sheet.formats.apply(r, patch);
}

export type BorderIndex =
  | 'EdgeTop'
  | 'EdgeBottom'
  | 'EdgeLeft'
  | 'EdgeRight'
  | 'InsideVertical'
  | 'InsideHorizontal'
  | 'DiagonalDown'
  | 'DiagonalUp';

export const BORDER_INDEXES: BorderIndex[] = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

export interface BorderLine {
  style: string;
  color: string;
  weight: string;
}

type Side = 'top' | 'left';

/** The cells whose top or left line a border of r is (see cell-format.ts). Diagonals are not kept. */
function borderTargets(r: Rect, index: BorderIndex): { area: Rect; side: Side } | null {
  switch (index) {
    case 'EdgeTop':
      return { area: rect(r.r0, r.c0, r.r0, r.c1), side: 'top' };
    case 'EdgeBottom':
      return r.r1 < MAX_ROW ? { area: rect(r.r1 + 1, r.c0, r.r1 + 1, r.c1), side: 'top' } : null;
    case 'EdgeLeft':
      return { area: rect(r.r0, r.c0, r.r1, r.c0), side: 'left' };
    case 'EdgeRight':
      return r.c1 < MAX_COL ? { area: rect(r.r0, r.c1 + 1, r.r1, r.c1 + 1), side: 'left' } : null;
    case 'InsideHorizontal':
      return r.r1 > r.r0 ? { area: rect(r.r0 + 1, r.c0, r.r1, r.c1), side: 'top' } : null;
    case 'InsideVertical':
      return r.c1 > r.c0 ? { area: rect(r.r0, r.c0 + 1, r.r1, r.c1), side: 'left' } : null;
    default:
      return null;
  }
}

const lineKeys = (side: Side) =>
  side === 'top'
    ? ({ style: 'topStyle', color: 'topColor', weight: 'topWeight' } as const)
    : ({ style: 'leftStyle', color: 'leftColor', weight: 'leftWeight' } as const);

export function applyBorder(
  sheet: SheetModel,
  r: Rect,
  index: BorderIndex,
  line: Partial<BorderLine>,
  location: string,
): void {
  assertAllowed(sheet, 'allowFormatCells', location);
  const target = borderTargets(r, index);
  if (!target) return;
  const keys = lineKeys(target.side);
  const patch: FormatPatch = {};
  if (line.style !== undefined) patch[keys.style] = line.style;
  if (line.color !== undefined) patch[keys.color] = line.color;
  if (line.weight !== undefined) patch[keys.weight] = line.weight;
  sheet.formats.apply(target.area, patch);
}

export function readBorder(sheet: SheetModel, r: Rect, index: BorderIndex): BorderLine {
  const target = borderTargets(r, index);
  if (!target) return { style: 'None', color: DEFAULT_FORMAT.topColor, weight: DEFAULT_FORMAT.topWeight };
  const keys = lineKeys(target.side);
  return {
    style: sheet.formats.uniform(keys.style, target.area) ?? 'None',
    color: sheet.formats.uniform(keys.color, target.area) ?? DEFAULT_FORMAT.topColor,
    weight: sheet.formats.uniform(keys.weight, target.area) ?? DEFAULT_FORMAT.topWeight,
  };
}

export function readFormat<K extends keyof CellFormat>(
  sheet: SheetModel,
  r: Rect,
  key: K,
): CellFormat[K] | null {
  return sheet.formats.uniform(key, r);
}

function checkSize(value: unknown, location: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalidArgument(location);
  return value;
}

export function setColumnWidth(sheet: SheetModel, r: Rect, width: unknown, location: string): void {
  const w = checkSize(width, location);
  assertAllowed(sheet, 'allowFormatColumns', location);
  if (isEntireRow(r)) {
    sheet.defaultColumnWidth = w;
    sheet.columnWidths.clear();
    return;
  }
  for (let col = r.c0; col <= r.c1; col++) sheet.columnWidths.set(col, w);
}

export function setRowHeight(sheet: SheetModel, r: Rect, height: unknown, location: string): void {
  const h = checkSize(height, location);
  assertAllowed(sheet, 'allowFormatRows', location);
  if (isEntireColumn(r)) {
    sheet.defaultRowHeight = h;
    sheet.rowHeights.clear();
    return;
  }
  for (let row = r.r0; row <= r.r1; row++) sheet.rowHeights.set(row, h);
}

/** The width every column of r shares, or null. */
export function readColumnWidth(sheet: SheetModel, r: Rect): number | null {
  if (isEntireRow(r)) return sheet.columnWidths.size === 0 ? sheet.defaultColumnWidth : null;
  const first = sheet.columnWidth(r.c0);
  for (let col = r.c0 + 1; col <= r.c1; col++) if (sheet.columnWidth(col) !== first) return null;
  return first;
}

export function readRowHeight(sheet: SheetModel, r: Rect): number | null {
  if (isEntireColumn(r)) return sheet.rowHeights.size === 0 ? sheet.defaultRowHeight : null;
  const first = sheet.rowHeight(r.r0);
  for (let row = r.r0 + 1; row <= r.r1; row++) if (sheet.rowHeight(row) !== first) return null;
  return first;
}

/** Calibri 11 averages about 5.6 points a character; bold is wider. Enough for a preview grid. */
function textWidth(text: string, bold: boolean, size: number): number {
  return text.length * 5.6 * (size / 11) * (bold ? 1.1 : 1) + 8;
}

export function autofitColumns(model: WorkbookModel, sheet: SheetModel, r: Rect, location: string): void {
  assertAllowed(sheet, 'allowFormatColumns', location);
  const filled = model.engine.contentBounds(sheet.engineId);
  const area = filled && intersect(filled, r);
  if (!area) return;
  for (let col = area.c0; col <= area.c1; col++) {
    let widest = 0;
    for (let row = area.r0; row <= area.r1; row++) {
      const text = cellText(model, sheet, row, col);
      if (text === '') continue;
      const f = sheet.formats.resolve(row, col);
      widest = Math.max(widest, textWidth(text, f.bold, f.fontSize));
    }
    if (widest > 0) sheet.columnWidths.set(col, Math.round(widest * 100) / 100);
  }
}

export function autofitRows(model: WorkbookModel, sheet: SheetModel, r: Rect, location: string): void {
  assertAllowed(sheet, 'allowFormatRows', location);
  const filled = model.engine.contentBounds(sheet.engineId);
  const area = filled && intersect(filled, r);
  if (!area) return;
  for (let row = area.r0; row <= area.r1; row++) {
    let lines = 1;
    for (let col = area.c0; col <= area.c1; col++) {
      const f = sheet.formats.resolve(row, col);
      if (!f.wrapText) continue;
      const text = cellText(model, sheet, row, col);
      lines = Math.max(lines, Math.ceil(textWidth(text, f.bold, f.fontSize) / sheet.columnWidth(col)));
    }
    sheet.rowHeights.set(row, sheet.defaultRowHeight * lines);
  }
}

/** Range.clear: contents, formats (with merges and conditional formats), or both. */
export function clearRange(
  model: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  applyTo: unknown,
  location: string,
): void {
  const mode = applyTo ?? 'All';
  if (
    !['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].includes(String(mode))
  ) {
    throw invalidArgument(location);
  }
  const contents = mode === 'All' || mode === 'Contents' || mode === 'ResetContents';
  const formats = mode === 'All' || mode === 'Formats';
  if (contents) assertContentsEditable(sheet, r, location);
  if (formats) assertAllowed(sheet, 'allowFormatCells', location);
  if (contents) model.engine.clear(sheet.engineId, r);
  if (formats) {
    sheet.formats.clear(r);
    sheet.conditionalFormats.clear(r);
    sheet.merges = sheet.merges.filter((m) => !intersect(m, r));
  }
}

/** Range.merge: one area (or one per row when across); only the top-left value of each survives. */
export function mergeRange(
  model: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  across: unknown,
  location: string,
) {
  assertAllowed(sheet, null, location);
  const areas =
    across === true
      ? Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) => rect(r.r0 + i, r.c0, r.r0 + i, r.c1))
      : [r];
  for (const area of areas) {
    if (area.r0 === area.r1 && colCount(area) === 1) continue;
    sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
    sheet.merges.push(area);
    for (const rest of subtract(area, rect(area.r0, area.c0))) model.engine.clear(sheet.engineId, rest);
  }
}

export function unmergeRange(sheet: SheetModel, r: Rect, location: string): void {
  assertAllowed(sheet, null, location);
  sheet.merges = sheet.merges.filter((m) => !intersect(m, r));
}

/** The merged area holding (row, col), if any. */
export function mergeAt(sheet: SheetModel, row: number, col: number): Rect | undefined {
  return sheet.merges.find((m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1);
}
