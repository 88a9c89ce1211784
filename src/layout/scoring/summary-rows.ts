/**
 * Where each person and tổ is now on "Danh sách" and the summaries, found by the key each row carries:
 * after a user sorts a sheet, the map readScoringWorkbook returns (and the results read with it) still
 * point at the right rows.
 */
import { keyMatch } from '../../domain/scoring/keys';
import { unitKindOf } from '../../domain/school/units';
import type { CellValue } from '../grid';
import { findKeyedRows } from './keyed-rows';
import type { KeyedRows } from './keyed-rows';
import type { ScoringWorkbookMap } from './map';
import { listColumnsOf, STAFF_FIRST_ROW } from './staff-sheet';
import { TEAM_ROWS } from './team-summary-sheet';
import { MESSAGE_WORDS } from './unit-words';
import { YEAR_ROWS } from './year-summary-sheet';

export function yearSummaryRows(values: readonly CellValue[][], map: ScoringWorkbookMap): KeyedRows {
  return findKeyedRows(values, {
    sheet: map.sheets.yearSummary,
    firstRow: YEAR_ROWS.firstData,
    keyCol: map.yearSummary.columns.code,
    what: MESSAGE_WORDS[unitKindOf(map)].key,
  });
}

export function teamSummaryRows(values: readonly CellValue[][], map: ScoringWorkbookMap): KeyedRows {
  return findKeyedRows(values, {
    sheet: map.sheets.teamSummary,
    firstRow: TEAM_ROWS.firstData,
    keyCol: map.teamSummary.columns.code,
    what: MESSAGE_WORDS[unitKindOf(map)].groupKey,
  });
}

/** `rows` with each id moved to the row its key is found on; ids not found are left out. */
function relocated(rows: Record<string, number>, found: KeyedRows): Record<string, number> {
  const result: Record<string, number> = {};
  for (const id of Object.keys(rows)) {
    const row = found.rows.get(keyMatch(id));
    if (row !== undefined) result[id] = row;
  }
  return result;
}

/** Points the map's rows of "Danh sách" and the summaries at where each key is now (sheets present only). */
export function relocateRows(sheets: Record<string, CellValue[][]>, map: ScoringWorkbookMap): void {
  const staff = sheets[map.sheets.staff];
  if (staff) {
    map.staffRows = relocated(
      map.staffRows,
      findKeyedRows(staff, {
        sheet: map.sheets.staff,
        firstRow: STAFF_FIRST_ROW,
        keyCol: listColumnsOf(unitKindOf(map)).code,
        what: MESSAGE_WORDS[unitKindOf(map)].key,
      }),
    );
  }
  const year = sheets[map.sheets.yearSummary];
  if (year) map.yearSummary.rows = relocated(map.yearSummary.rows, yearSummaryRows(year, map));
  const team = sheets[map.sheets.teamSummary];
  if (team) map.teamSummary.rows = relocated(map.teamSummary.rows, teamSummaryRows(team, map));
}
