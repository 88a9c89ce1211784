/**
 * What a school clerk does to the rows of a built workbook, done the way Excel does it:
 * - sorting (ExcelJS): each data row's constants and formulas move together to their new row; a formula's
 *   relative references follow the row (as Excel's sort and copy do), absolute ones stay;
 * - inserting and deleting rows (HyperFormula): references across the workbook are adjusted as Excel
 *   adjusts them, so a range over the data rows widens or shrinks.
 * The result is evaluated by HyperFormula (test/support/hyperformula.ts), as the parity tests do.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { PersonScoring } from '../../src/domain/scoring';
import type { CellValue, NamedRangeSpec, SheetSpec, WorkbookSpec } from '../../src/layout/grid';
import { excelJsToWorkbookGrids } from '../../src/xlsx/read';
import { workbookSpecToExcelJs } from '../../src/xlsx/write';
import { FormulaWorkbook } from '../support/hyperformula';

/** The built workbook written by the project's xlsx writer, as ExcelJS holds it. */
export function writtenWorkbook(spec: WorkbookSpec): Workbook {
  return workbookSpecToExcelJs(spec);
}

/** A1 references outside quoted text and sheet names, with their row moved by `offset` unless `$`-fixed. */
export function shiftRelativeRows(formula: string, offset: number): string {
  return formula
    .split(/('(?:[^']|'')*'|"(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_, before: string, col: string, fixed: string, row: string) =>
              `${before}${col}${fixed}${fixed ? row : Number(row) + offset}`,
          ),
    )
    .join('');
}

type Content = { formula: string } | { value: ExcelValue };
type ExcelValue = string | number | boolean | null;

function contentOf(sheet: Worksheet, row: number, col: number): Content {
  const cell = sheet.getCell(row, col);
  if (cell.formula) return { formula: cell.formula };
  const value = cell.value;
  return { value: value === undefined || typeof value === 'object' ? null : (value as ExcelValue) };
}

/**
 * Sorts data rows `first`…`last` (1-based, inclusive) of a sheet into `order`: the new k-th row is the
 * old row first + order[k]. Every column up to `width` moves.
 */
export function permuteRows(sheet: Worksheet, first: number, order: readonly number[], width: number): void {
  const rows = order.map((source) =>
    Array.from({ length: width }, (_, c) => ({
      from: first + source,
      content: contentOf(sheet, first + source, c + 1),
    })),
  );
  rows.forEach((cells, k) => {
    const to = first + k;
    cells.forEach(({ from, content }, c) => {
      const cell = sheet.getCell(to, c + 1);
      cell.value =
        'formula' in content ? { formula: shiftRelativeRows(content.formula, to - from) } : content.value;
    });
  });
}

/** ExcelJS's workbook loaded into HyperFormula with the spec's workbook names. */
export function formulaWorkbook(workbook: Workbook, names: readonly NamedRangeSpec[]): FormulaWorkbook {
  const grids = excelJsToWorkbookGrids(workbook);
  const sheets: SheetSpec[] = grids.sheets.map((grid) => ({
    name: grid.name,
    cells: grid.values.map((row, r) =>
      row.map((value, c) => {
        const formula = grid.formulas[r][c];
        return formula ? { formula } : { value };
      }),
    ),
  }));
  return new FormulaWorkbook(sheets, names);
}

/** Every sheet's computed values. */
export function valuesOf(book: FormulaWorkbook): Record<string, CellValue[][]> {
  return Object.fromEntries(book.hf.getSheetNames().map((name) => [name, book.values(name)]));
}

/**
 * What "Tổng hợp năm" shows for a person the engine scored: before any score the year total, band and
 * ranks are blank (the engine keeps 0 and a rank, flagged "unscored"); the status column says the rest.
 */
export function shownOnYearSummary(p: PersonScoring) {
  const unscored = p.status === 'unscored';
  return {
    personId: p.personId,
    roundTotals: Object.fromEntries(p.rounds.map((r) => [r.roundId, r.total])),
    yearTotal: unscored ? null : p.yearTotal,
    bandId: p.bandId,
    rankOverall: unscored ? null : p.rankOverall,
    rankInTeam: unscored ? null : p.rankInTeam,
    floorsMet: p.floorsMet,
    missingCount: p.missingCount,
    status: p.status,
    roundBands: Object.fromEntries(p.rounds.map((r) => [r.roundId, r.bandId])),
  };
}
