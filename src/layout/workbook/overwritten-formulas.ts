/**
 * Formulas stay formulas: a total, band, rank or count the add-in wrote as a formula and the user has typed a
 * value over no longer follows the scores, and nothing on the sheet shows it. Found by comparing the cells
 * the case builds as formulas with what the workbook holds there now.
 */
import type { DomainIssue } from '../../domain/issues';
import { cellAddress } from '../a1';
import type { CellValue, WorkbookSpec } from '../grid';
import { isFormulaCell } from '../grid';
import type { SheetRole } from '../owner-markers';
import { buildCaseInPlace } from './in-place';
import type { ReadCaseResult } from './read-case';

/** Sheets whose formulas a read loads and checks: the results (a response holds values and formulas). */
export const CHECKED_FORMULA_ROLES: readonly SheetRole[] = ['yearSummary', 'teamSummary', 'targets', 'count'];

export interface OverwrittenFormula {
  sheet: string;
  /** A1 address on the sheet. */
  address: string;
  /** The formula the add-in wrote there, to restore. */
  formula: string;
  /** The value typed over it. */
  value: CellValue;
}

export interface WorkbookCells {
  values: Record<string, CellValue[][]>;
  /** Formulas of the sheets that were read with them ("=…" or null); sheets left out are not checked. */
  formulas: Record<string, (string | null)[][]>;
}

/**
 * Cells the built spec holds as a formula and the workbook as a constant, in a row that still holds other
 * formulas (a person's or a tổ's row; a note or a title row that moved there when rows were inserted or
 * deleted holds none, and is not taken for a typed-over total). A cleared cell is not reported either.
 */
export function findOverwrittenFormulas(spec: WorkbookSpec, workbook: WorkbookCells): OverwrittenFormula[] {
  const found: OverwrittenFormula[] = [];
  for (const sheet of spec.sheets) {
    const formulas = workbook.formulas[sheet.name];
    const values = workbook.values[sheet.name];
    if (!formulas || !values) continue;
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell)) return;
        const value = values[r]?.[c] ?? null;
        if (formulas[r]?.[c] || value === null || value === '') return;
        if (!(formulas[r] ?? []).some((formula, col) => col !== c && formula)) return;
        found.push({ sheet: sheet.name, address: cellAddress(r, c), formula: cell.formula, value });
      }),
    );
  }
  return found;
}

/** One warning per overwritten cell, naming it, for the pane's issue list. */
export function overwrittenFormulaIssues(found: readonly OverwrittenFormula[]): DomainIssue[] {
  return found.map(({ sheet, address, formula, value }) => ({
    code: 'workbook.formula-overwritten',
    severity: 'warning',
    message: `Ô ${address} trang "${sheet}" đang là giá trị gõ tay (${String(value)}) thay cho công thức ${formula} của Thi Đua, nên không còn tự tính theo điểm. Bấm "Khôi phục công thức" để đặt lại công thức.`,
    location: { sheet, address },
  }));
}

/** The overwritten formulas of a case as read: the case rebuilt over the workbook, compared cell by cell. */
export function overwrittenFormulasOf(read: ReadCaseResult, cells: WorkbookCells): OverwrittenFormula[] {
  if (Object.keys(cells.formulas).length === 0) return [];
  return findOverwrittenFormulas(buildCaseInPlace(read, Object.keys(cells.values)).spec, cells);
}
