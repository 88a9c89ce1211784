import type { Cell } from '../layout/grid';

/** What one cell of a `range.formulas` assignment may hold. null leaves the cell untouched (Office.js rule). */
export type FormulaInput = string | number | boolean | null;

/**
 * Text Excel would not keep as typed when written through `range.formulas`/`values`: = + - @ start a formula;
 * a leading apostrophe is eaten as the text prefix; digits, ".", "(", "#" and TRUE/FALSE may turn into numbers,
 * dates, percentages, errors or booleans ("0912…" would lose its leading zero).
 */
const NEEDS_TEXT_PREFIX = /^\s*(?:[=+\-@'#(.\d]|(?:true|false)\s*$)/i;

export function needsTextPrefix(text: string): boolean {
  return NEEDS_TEXT_PREFIX.test(text);
}

/**
 * A grid cell as Office.js `range.formulas` input. Constants go through `formulas` too, so a sheet is one
 * assignment; a leading apostrophe keeps risky text as text (Excel stores it as the cell's prefix, not content).
 */
export function toFormulaInput(cell: Cell | undefined): FormulaInput {
  if (cell === undefined) return null;
  if ('formula' in cell) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'string') return needsTextPrefix(value) ? `'${value}` : value;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`Giá trị ${value} không phải một số Excel ghi được: hãy kiểm tra phép tính.`);
  }
  return value;
}
