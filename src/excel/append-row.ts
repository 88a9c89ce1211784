import { parseRangeAddress } from '../layout/a1';
import type { Cell } from '../layout/grid';
import { toFormulaInput } from './cell-input';
import { noteWorkbookWrite } from './write-events';

/** A further small write sent with the appended row (e.g. the running count cell). */
export interface CellUpdate {
  /** Defaults to the sheet of the appended row. */
  sheet?: string;
  /** Top-left cell or the whole range, A1 style. */
  address: string;
  cells: (Cell | undefined)[][];
}

function inputs(cells: (Cell | undefined)[][]) {
  return cells.map((row) => row.map(toFormulaInput));
}

/**
 * Writes one row (the ballot log's next entry) at a 0-based row index, from column A, plus any extra updates,
 * in a single sync. The caller knows the next free row from its last read, so nothing is read here.
 */
export async function appendRow(
  context: Excel.RequestContext,
  sheetName: string,
  rowIndex: number,
  cells: (Cell | undefined)[],
  extraUpdates: CellUpdate[] = [],
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getItem(sheetName);
  if (cells.length > 0) sheet.getRangeByIndexes(rowIndex, 0, 1, cells.length).formulas = inputs([cells]);
  for (const update of extraUpdates) {
    if (update.cells.length === 0 || update.cells[0].length === 0) continue;
    const { firstRow, firstCol } = parseRangeAddress(update.address);
    const target = update.sheet ? sheets.getItem(update.sheet) : sheet;
    target.getRangeByIndexes(firstRow, firstCol, update.cells.length, update.cells[0].length).formulas =
      inputs(update.cells);
  }
  await context.sync();
  noteWorkbookWrite();
}
