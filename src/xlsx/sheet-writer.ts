import type { CellValue as ExcelJsCellValue, Worksheet, WorksheetProtection } from 'exceljs';
import { cellAddress } from '../layout/a1';
import type { Cell, SheetSpec } from '../layout/grid';
import { applyCellStyle } from './cell-style';
import { cellsInRange } from './cells-in-range';
import { toArgb } from './colors';
import { pointsToCharacters } from './column-width';
import { addConditionalFormat } from './conditional-format';
import { toExcelJsPageSetup } from './page-setup';
import { addDataValidation } from './validation';

/**
 * What a protected sheet still lets the user do: select any cell and resize rows and columns (long Vietnamese
 * names need it). The Office.js adapter protects with the same allowances.
 */
export const PROTECTION_ALLOWANCES: Partial<WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/**
 * A grid cell as ExcelJS wants it. Formulas lose their "=". Text stays text even when it starts with = + - @:
 * ExcelJS writes every string as a string cell, never as a formula, so no escaping is needed here.
 */
export function toExcelJsValue(cell: Cell, address: string | (() => string)): ExcelJsCellValue {
  if ('formula' in cell) return { formula: cell.formula.replace(/^=/, ''), date1904: false };
  const { value } = cell;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(
      `Ô ${typeof address === 'string' ? address : address()} nhận giá trị ${value}, không phải một số Excel ghi được: hãy kiểm tra phép tính.`,
    );
  }
  // Excel has no empty-text constant: an empty entry is an empty cell (as Office.js writing '' does).
  return value === '' ? null : value;
}

function writeCells(worksheet: Worksheet, sheet: SheetSpec): void {
  sheet.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === undefined) return;
      const address = cellAddress(r, c);
      worksheet.getCell(r + 1, c + 1).value = toExcelJsValue(cell, `${sheet.name}!${address}`);
    });
  });
}

function writeColumnWidths(worksheet: Worksheet, widths: number[] | undefined): void {
  widths?.forEach((points, c) => {
    if (Number.isFinite(points) && points > 0) worksheet.getColumn(c + 1).width = pointsToCharacters(points);
  });
}

/** Writes one SheetSpec into an empty worksheet. Styles go before merges so a merged area takes its style. */
export function writeSheet(worksheet: Worksheet, sheet: SheetSpec): void {
  writeCells(worksheet, sheet);
  writeColumnWidths(worksheet, sheet.columnWidths);
  for (const { range, style } of sheet.styles ?? []) {
    for (const [row, col] of cellsInRange(range)) applyCellStyle(worksheet.getCell(row, col), style);
  }
  for (const merge of sheet.merges ?? []) worksheet.mergeCells(merge);
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    worksheet.views = [{ state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows }];
  }
  for (const validation of sheet.validations ?? []) addDataValidation(worksheet, validation);
  for (const format of sheet.conditionalFormats ?? []) addConditionalFormat(worksheet, format);
  if (sheet.pageSetup)
    worksheet.pageSetup = { ...worksheet.pageSetup, ...toExcelJsPageSetup(sheet.pageSetup) };
  if (sheet.tabColor) worksheet.properties.tabColor = { argb: toArgb(sheet.tabColor) };
  if (sheet.protect) {
    // No password: the school can unprotect from the ribbon. ExcelJS applies protection synchronously inside
    // the promise's executor (the promise only exists for hashing a password), so nothing is left pending.
    void worksheet.protect('', { ...PROTECTION_ALLOWANCES });
  }
}
