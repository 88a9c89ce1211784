import type { Cell as ExcelJsCell, CellValue as ExcelJsCellValue, Workbook, Worksheet } from 'exceljs';
import type { CellValue, NamedRangeSpec } from '../layout/grid';

/** One sheet read back, row-major from A1, the same shape the Office.js adapter returns. */
export interface SheetGrid {
  name: string;
  /** Constants and cached formula results; null for empty cells and for formulas the file holds no result for. */
  values: CellValue[][];
  /** "=SUM(B2:B9)" where the cell holds a formula, null elsewhere. */
  formulas: (string | null)[][];
}

export interface WorkbookGrids {
  sheets: SheetGrid[];
  names: NamedRangeSpec[];
}

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (with its phantom 29 Feb 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** ExcelJS turns date-formatted numbers into UTC Dates; the grid contract keeps Excel serial numbers. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** Any ExcelJS value (rich text, hyperlink, error, date, formula result) as a plain grid constant. */
export function plainValue(value: ExcelJsCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isRecord(value)) {
    if ('error' in value && typeof value.error === 'string') return value.error;
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
    }
    if ('formula' in value || 'sharedFormula' in value) {
      return 'result' in value ? plainValue(value.result as ExcelJsCellValue | undefined) : null;
    }
    if ('text' in value) return plainValue(value.text as ExcelJsCellValue);
  }
  return null;
}

function isMergedAway(cell: ExcelJsCell): boolean {
  // ExcelJS answers a merged area's other cells with the first cell's value; Excel leaves them empty.
  return cell.isMerged && cell.master.address !== cell.address;
}

function readSheet(worksheet: Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  const found: { row: number; col: number; value: CellValue; formula: string | null }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (isMergedAway(cell)) return;
      // cell.formula also translates a shared formula to this cell's own references.
      const formula = cell.formula ? `=${cell.formula}` : null;
      const plain = plainValue(cell.value);
      // A constant '' (some writers store one) is an empty cell, as Office.js reports it; a formula's "" stays.
      const value = formula === null && plain === '' ? null : plain;
      if (formula === null && value === null) return;
      found.push({ row: rowNumber - 1, col: colNumber - 1, value, formula });
      rowCount = Math.max(rowCount, rowNumber);
      colCount = Math.max(colCount, colNumber);
    });
  });
  for (let r = 0; r < rowCount; r++) {
    values.push(new Array<CellValue>(colCount).fill(null));
    formulas.push(new Array<string | null>(colCount).fill(null));
  }
  for (const { row, col, value, formula } of found) {
    values[row][col] = value;
    formulas[row][col] = formula;
  }
  return { name: worksheet.name, values, formulas };
}

/** Grids of every sheet and the workbook's own names (Excel's built-in _xlnm.* names left out). */
export function excelJsToWorkbookGrids(workbook: Workbook): WorkbookGrids {
  const names = workbook.definedNames.model
    .filter((defined) => !defined.name.startsWith('_xlnm.') && defined.ranges.length > 0)
    .map((defined) => ({ name: defined.name, reference: defined.ranges.join(',') }));
  return { sheets: workbook.worksheets.map(readSheet), names };
}
