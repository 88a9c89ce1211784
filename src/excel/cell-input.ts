import type { Cell } from '../layout/grid';
import { mustForceText } from '../layout/sheet-rules';

/** What one cell of a `range.formulas` assignment may hold. null leaves the cell untouched (Office.js rule). */
export type FormulaInput = string | number | boolean | null;

/** Text Excel would not keep as typed through `range.formulas`: the layout's one rule (sheet-rules.ts). */
export const needsTextPrefix = mustForceText;

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
