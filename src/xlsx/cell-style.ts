import type { Alignment, Borders, Cell as ExcelJsCell, Fill, Font, Style } from 'exceljs';
import type { CellStyle } from '../layout/grid';
import { toArgb } from './colors';

const THIN_BORDERS: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const VERTICAL: Record<NonNullable<CellStyle['verticalAlignment']>, Alignment['vertical']> = {
  top: 'top',
  center: 'middle',
  bottom: 'bottom',
};

function fontPatch(style: CellStyle): Partial<Font> {
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: toArgb(style.fontColor) };
  return font;
}

function alignmentPatch(style: CellStyle): Partial<Alignment> {
  const alignment: Partial<Alignment> = {};
  if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined) alignment.vertical = VERTICAL[style.verticalAlignment];
  if (style.wrapText !== undefined) alignment.wrapText = style.wrapText;
  return alignment;
}

export function solidFill(hex: string): Fill {
  const color = { argb: toArgb(hex) };
  // Cell fills read fgColor; conditional-format (dxf) fills read bgColor: setting both suits either use.
  return { type: 'pattern', pattern: 'solid', fgColor: color, bgColor: color };
}

/**
 * Layers one StyledRange's style over a cell's previous style, so overlapping ranges combine (a later range
 * wins only on the properties it sets). Always a fresh object: ExcelJS may share one style object between
 * cells, and mutating it would restyle cells outside the range.
 */
export function layerStyle(previous: Partial<Style>, style: CellStyle): Partial<Style> {
  const next: Partial<Style> = { ...previous };
  const font = fontPatch(style);
  if (Object.keys(font).length > 0) next.font = { ...previous.font, ...font };
  const alignment = alignmentPatch(style);
  if (Object.keys(alignment).length > 0) next.alignment = { ...previous.alignment, ...alignment };
  if (style.fill !== undefined) next.fill = solidFill(style.fill);
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (style.borders === true) next.border = { ...THIN_BORDERS };
  if (style.borders === false) next.border = {};
  if (style.locked !== undefined) next.protection = { ...previous.protection, locked: style.locked };
  return next;
}

export function applyCellStyle(cell: ExcelJsCell, style: CellStyle): void {
  cell.style = layerStyle(cell.style ?? {}, style);
}
