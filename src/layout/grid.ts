/**
 * The workbook contract in plain data. layout/ turns the model into SheetSpecs; excel/ and xlsx/ move
 * SheetSpecs into a real workbook. Nothing here knows about Office.js or ExcelJS, so both adapters and the
 * fake host produce the same sheets from one description.
 */

/** A constant a cell can hold. Dates are written as Excel serial numbers with a date number format. */
export type CellValue = string | number | boolean | null;

/**
 * One cell: a constant, or a formula in English function names with A1 references (as Office.js
 * `range.formulas` and ExcelJS expect). Text that starts with = + - @ stays text: adapters escape it.
 */
export type Cell = { value: CellValue } | { formula: string };

export type HorizontalAlignment = 'left' | 'center' | 'right';

/** Formatting applied to a rectangular range. Colours are #RRGGBB. Widths are in points (Office.js). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  numberFormat?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: 'top' | 'center' | 'bottom';
  wrapText?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  borders?: boolean;
  /** false leaves the cells editable when the sheet is protected. */
  locked?: boolean;
}

export interface StyledRange {
  /** A1 range on the same sheet, e.g. "B3:F64". */
  range: string;
  style: CellStyle;
}

/** Numbers a user may type: decimal between min and max, a whole number, or one of a list. */
export interface DataValidationSpec {
  range: string;
  kind: 'decimal' | 'whole' | 'list';
  min?: number;
  max?: number;
  /** For kind 'list'. */
  list?: string[];
  /** Vietnamese message shown when the input is refused. */
  errorMessage: string;
  /** Vietnamese hint shown when the cell is selected. */
  prompt?: string;
}

/** Colour a cell when its text equals a value (bands, pass/fail). */
export interface ConditionalFormatSpec {
  range: string;
  /** Text the cell must equal for the format to apply. */
  equals: string;
  fill: string;
  fontColor: string;
}

export interface PageSetupSpec {
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  /** Margins in inches (ExcelJS takes inches; the Office.js adapter converts to the points Office.js takes). */
  margins: { top: number; bottom: number; left: number; right: number };
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "$5:$6". */
  printTitleRows?: string;
}

export interface NamedRangeSpec {
  /** Workbook-scoped name, e.g. "TD_TongDiem". */
  name: string;
  /** Reference with sheet, e.g. "'Tổng hợp năm'!$E$5:$E$65". */
  reference: string;
}

export interface SheetSpec {
  name: string;
  /** Row-major cells starting at A1; undefined leaves a cell untouched and empty. */
  cells: (Cell | undefined)[][];
  columnWidths?: number[];
  styles?: StyledRange[];
  merges?: string[];
  freeze?: { rows: number; columns: number };
  validations?: DataValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  /** Protect the sheet; cells styled with locked: false stay editable. */
  protect?: boolean;
  pageSetup?: PageSetupSpec;
  tabColor?: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: NamedRangeSpec[];
}

export const valueCell = (value: CellValue): Cell => ({ value });
export const formulaCell = (formula: string): Cell => ({
  formula: formula.startsWith('=') ? formula : `=${formula}`,
});

export function isFormulaCell(cell: Cell | undefined): cell is { formula: string } {
  return cell !== undefined && 'formula' in cell;
}
