import type { CellValue } from '../layout/grid';

/** One sheet's used area, as grids anchored at A1 (the shape the xlsx reader gives). */
export interface SheetRead {
  /** Constants and computed results; null for empty cells. */
  values: CellValue[][];
  /** "=SUM(B2:B9)" where the cell holds a formula, null elsewhere. */
  formulas: (string | null)[][];
  /** The used range as Excel reports it, e.g. "'Đợt 1'!A1:BJ155". */
  address: string;
}

/**
 * Office.js `formulas` gives constants too, and text kept as text ("=abc" typed with an apostrophe) can come
 * back starting with "=": a cell holds a formula when its formula text starts with "=" and differs from its
 * value (a formula whose result is its own text is the one case this misreads).
 */
function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

export function toSheetRead(
  address: string,
  rowIndex: number,
  columnIndex: number,
  values: unknown[][],
  formulas: unknown[][],
): SheetRead {
  const width = columnIndex + (values[0]?.length ?? 0);
  const grid = (): null[] => new Array<null>(width).fill(null);
  const read: SheetRead = {
    values: Array.from({ length: rowIndex + values.length }, grid),
    formulas: Array.from({ length: rowIndex + values.length }, grid),
    address,
  };
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = formulas[r]?.[c];
      const cellIsFormula = isFormula(formula, value);
      // Excel gives '' for an empty cell; a formula's '' result is kept as the text it is.
      const plain = value === '' && !cellIsFormula ? null : (value as CellValue);
      read.values[rowIndex + r][columnIndex + c] = plain;
      read.formulas[rowIndex + r][columnIndex + c] = cellIsFormula ? formula : null;
    }),
  );
  return read;
}

/**
 * Values and formulas of several sheets in one sync. A sheet that does not exist is left out of the result; an
 * empty one gives empty grids.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: string[],
  options: { formulas?: boolean } = {},
): Promise<Record<string, SheetRead>> {
  // Formulas double the response; reading the case needs values only (Excel on the web caps a response at 5 MB).
  const withFormulas = options.formulas ?? true;
  const requests = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load('name');
    const used = sheet
      .getUsedRangeOrNullObject(true)
      .load(
        withFormulas ? 'address,rowIndex,columnIndex,values,formulas' : 'address,rowIndex,columnIndex,values',
      );
    return { name, sheet, used };
  });
  await context.sync();
  const result: Record<string, SheetRead> = {};
  for (const { name, sheet, used } of requests) {
    if (sheet.isNullObject) continue;
    result[name] = used.isNullObject
      ? { values: [], formulas: [], address: '' }
      : toSheetRead(
          used.address,
          used.rowIndex,
          used.columnIndex,
          used.values,
          withFormulas ? used.formulas : [],
        );
  }
  return result;
}
