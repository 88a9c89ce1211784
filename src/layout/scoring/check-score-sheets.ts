/**
 * The map readScoringWorkbook rebuilds assumes the scoring sheets still match "Danh sách" and "Tiêu chí"
 * as they are now. A person added to the list, or a level or criterion changed on "Quy chế" / "Tiêu chí"
 * after the template was built, would shift every row or column: values would be read from the wrong
 * cells. The constants the builder wrote (STT, headers) and the codes linked from "Danh sách" tell; a
 * sheet that does not match is reported and its scores are not read.
 */
import type { DomainIssue } from '../../domain/issues';
import { describePerson } from '../../domain/scoring/describe';
import type { Person } from '../../domain/school/types';
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';
import { cellText, isBlankCell } from './cell-reader';
import type { ScoreSheetMap, ScoringWorkbookMap } from './map';
import { LEVEL_SHORT, RAW_SUM_HEADER, SCORE_FIXED_COLUMNS, SCORE_ROWS } from './score-sheet';

const REBUILD =
  'điểm trên trang này không được đọc. Hãy khôi phục trang "Danh sách" và "Tiêu chí" như lúc tạo mẫu, hoặc tạo lại mẫu rồi nhập lại điểm.';

/** The first mismatch on one scoring sheet, or undefined when it matches the map. */
function firstMismatch(
  values: CellValue[][],
  sheet: ScoreSheetMap,
  map: ScoringWorkbookMap,
  staff: readonly Person[],
): { row: number; col: number; message: string } | undefined {
  const at = (row: number, col: number) => values[row]?.[col];
  // A header the builder wrote; a blank cell (an adapter that dropped it) is not held against the sheet.
  const differs = (row: number, col: number, expected: (text: string) => boolean) => {
    const value = at(row, col);
    return !isBlankCell(value) && !expected(cellText(value));
  };

  let listed = 0;
  while (typeof at(SCORE_ROWS.firstData + listed, SCORE_FIXED_COLUMNS.index) === 'number') listed++;
  if (listed !== staff.length) {
    const row = SCORE_ROWS.firstData + Math.min(listed, staff.length);
    return {
      row,
      col: SCORE_FIXED_COLUMNS.index,
      message: `trang có ${listed} dòng cán bộ nhưng trang "${map.sheets.staff}" có ${staff.length} người (danh sách đã đổi sau khi tạo mẫu), nên ${REBUILD}`,
    };
  }
  for (const person of staff) {
    const row = sheet.rows[person.id];
    if (row === undefined) continue;
    const shown = at(row, SCORE_FIXED_COLUMNS.code);
    if (!isBlankCell(shown) && cellText(shown) !== person.id) {
      return {
        row,
        col: SCORE_FIXED_COLUMNS.code,
        message: `dòng này ghi mã "${cellText(shown)}" nhưng theo trang "${map.sheets.staff}" phải là ${describePerson(person)}, nên ${REBUILD}`,
      };
    }
  }
  for (const criterion of map.criteria) {
    const columns = sheet.criteria[criterion.id];
    if (!columns) continue;
    const first = Math.min(columns.score, ...Object.values(columns.levels));
    if (differs(SCORE_ROWS.criterionHeader, first, (text) => text.startsWith(`${criterion.id}.`))) {
      return {
        row: SCORE_ROWS.criterionHeader,
        col: first,
        message: `cột này ghi "${cellText(at(SCORE_ROWS.criterionHeader, first))}" nhưng theo trang "${map.sheets.criteria}" phải là tiêu chí ${criterion.id}, nên ${REBUILD}`,
      };
    }
    for (const level of map.levels) {
      const col = columns.levels[level];
      if (col !== undefined && differs(SCORE_ROWS.levelHeader, col, (text) => text === LEVEL_SHORT[level])) {
        return {
          row: SCORE_ROWS.levelHeader,
          col,
          message: `cột này ghi "${cellText(at(SCORE_ROWS.levelHeader, col))}" nhưng theo các mức đánh giá trên trang "${map.sheets.quyChe}" phải là "${LEVEL_SHORT[level]}", nên ${REBUILD}`,
        };
      }
    }
  }
  if (differs(SCORE_ROWS.criterionHeader, sheet.columns.rawSum, (text) => text === RAW_SUM_HEADER)) {
    return {
      row: SCORE_ROWS.criterionHeader,
      col: sheet.columns.rawSum,
      message: `cột này ghi "${cellText(at(SCORE_ROWS.criterionHeader, sheet.columns.rawSum))}" nhưng theo trang "${map.sheets.criteria}" các tiêu chí đã hết ở đây (trang có tiêu chí không còn trên "${map.sheets.criteria}"), nên ${REBUILD}`,
    };
  }
  return undefined;
}

/** Issues for scoring sheets that no longer match the map, and the names of those sheets. */
export function checkScoreSheets(
  sheets: Record<string, CellValue[][]>,
  map: ScoringWorkbookMap,
  staff: readonly Person[],
): { issues: DomainIssue[]; mismatched: Set<string> } {
  const issues: DomainIssue[] = [];
  const mismatched = new Set<string>();
  for (const sheet of map.scoreSheets) {
    const values = sheets[sheet.sheetName];
    if (!values) continue;
    const found = firstMismatch(values, sheet, map, staff);
    if (!found) continue;
    mismatched.add(sheet.sheetName);
    const address = cellAddress(found.row, found.col);
    issues.push({
      code: 'workbook.sheet-mismatch',
      severity: 'error',
      message: `Ô ${address} trang "${sheet.sheetName}": ${found.message}`,
      location: { sheet: sheet.sheetName, address },
    });
  }
  return { issues, mismatched };
}
