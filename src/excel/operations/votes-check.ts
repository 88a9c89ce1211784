/**
 * Reads "Nhật ký phiếu" and "Kiểm phiếu" for the check that compares the counts the sheet's formulas show
 * with a replay of the log (compareLogWithCounts): one sync for the sheet names (either may have been given
 * a "(2)" name), one for the two sheets' values.
 */
import type { CellValue } from '../../layout/grid';
import { BALLOT_LOG_SHEET, COUNT_SHEET } from '../../layout/votes';
import { findSheet } from '../../layout/workbook';
import { readSheets } from '../read-sheets';

export interface VoteSheetsValues {
  logSheet?: string;
  countSheet?: string;
  log?: CellValue[][];
  count?: CellValue[][];
}

export async function readVoteSheets(
  context: Excel.RequestContext,
  preferredLogSheet?: string,
): Promise<VoteSheetsValues> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const present = Object.fromEntries(sheets.items.map((sheet) => [sheet.name, [] as CellValue[][]]));
  const logSheet =
    preferredLogSheet && preferredLogSheet in present
      ? preferredLogSheet
      : findSheet(present, BALLOT_LOG_SHEET);
  const countSheet = findSheet(present, COUNT_SHEET);
  const wanted = [logSheet, countSheet].filter((name): name is string => name !== undefined);
  const read = wanted.length > 0 ? await readSheets(context, wanted) : {};
  return {
    logSheet,
    countSheet,
    log: logSheet ? read[logSheet]?.values : undefined,
    count: countSheet ? read[countSheet]?.values : undefined,
  };
}
