import { parseRangeAddress } from '../layout/a1';
import type { CellStyle, StyledRange } from '../layout/grid';
import { jsonBytes } from './payload';
import type { QueuedWrite } from './write-queue';

const OUTER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
type Edge = (typeof OUTER_EDGES)[number] | 'InsideHorizontal' | 'InsideVertical';

/** Edges to draw for "thin borders on every edge of every cell": inside edges exist only for multi-cell ranges. */
export function borderEdges(range: string): Edge[] {
  const { firstRow, firstCol, lastRow, lastCol } = parseRangeAddress(range);
  const edges: Edge[] = [...OUTER_EDGES];
  if (lastRow > firstRow) edges.push('InsideHorizontal');
  if (lastCol > firstCol) edges.push('InsideVertical');
  return edges;
}

function applyFont(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
}

function applyLayout(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = HORIZONTAL[style.horizontalAlignment];
  if (style.verticalAlignment !== undefined) format.verticalAlignment = VERTICAL[style.verticalAlignment];
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

function applyBorders(format: Excel.RangeFormat, range: string, on: boolean): void {
  for (const edge of borderEdges(range)) {
    const border = format.borders.getItem(edge);
    border.style = on ? 'Continuous' : 'None';
    if (on) border.weight = 'Thin';
  }
}

/** `numberFormat` wants one entry per cell; the same format fills the range's rectangle. */
export function numberFormatMatrix(range: string, format: string): string[][] {
  const { firstRow, firstCol, lastRow, lastCol } = parseRangeAddress(range);
  const row = new Array<string>(lastCol - firstCol + 1).fill(format);
  return Array.from({ length: lastRow - firstRow + 1 }, () => [...row]);
}

/** One write per StyledRange: every property it sets, on one range proxy. */
export function styleWrite(sheetName: string, { range, style }: StyledRange): QueuedWrite {
  const numberFormat =
    style.numberFormat === undefined ? undefined : numberFormatMatrix(range, style.numberFormat);
  return {
    bytes: jsonBytes({ range, style, numberFormat }),
    apply: (scope) => {
      const target = scope.sheet(sheetName).getRange(range);
      applyFont(target.format, style);
      applyLayout(target.format, style);
      if (style.borders !== undefined) applyBorders(target.format, range, style.borders);
      if (numberFormat) target.numberFormat = numberFormat;
    },
  };
}
