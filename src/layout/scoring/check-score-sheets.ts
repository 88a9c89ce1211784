/**
 * The map readScoringWorkbook rebuilds assumes the scoring sheets' columns still match "Tiêu chí" and the
 * levels of "Quy chế" as they are now: a level or criterion changed after the template was built would
 * shift every column, and values would be read from the wrong cells. The headers the builder wrote tell;
 * a sheet that does not match is reported and its scores are not read. Rows need no such check: they are
 * found by the mã cán bộ each carries (read-inputs.ts), in any order.
 */
import type { DomainIssue } from '../../domain/issues';
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';
import { cellText, isBlankCell } from './cell-reader';
import type { ScoreSheetMap, ScoringWorkbookMap } from './map';
import { RAW_SUM_HEADER, SCORE_ROWS } from './score-sheet';
import { levelHeadersOf } from './unit-words';
import { unitKindOf } from '../../domain/school/units';

const REBUILD =
  'điểm trên trang này không được đọc. Hãy khôi phục trang "Tiêu chí" như lúc tạo mẫu, hoặc tạo lại mẫu rồi nhập lại điểm.';

/** The first mismatch on one scoring sheet, or undefined when it matches the map. */
function firstMismatch(
  values: CellValue[][],
  sheet: ScoreSheetMap,
  map: ScoringWorkbookMap,
): { row: number; col: number; message: string } | undefined {
  const at = (row: number, col: number) => values[row]?.[col];
  // A header the builder wrote; a blank cell (an adapter that dropped it) is not held against the sheet.
  const differs = (row: number, col: number, expected: (text: string) => boolean) => {
    const value = at(row, col);
    return !isBlankCell(value) && !expected(cellText(value));
  };

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
    const headers = levelHeadersOf(unitKindOf(map));
    for (const level of map.levels) {
      const col = columns.levels[level];
      if (col !== undefined && differs(SCORE_ROWS.levelHeader, col, (text) => text === headers[level])) {
        return {
          row: SCORE_ROWS.levelHeader,
          col,
          message: `cột này ghi "${cellText(at(SCORE_ROWS.levelHeader, col))}" nhưng theo các mức đánh giá trên trang "${map.sheets.quyChe}" phải là "${headers[level]}", nên ${REBUILD}`,
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
): { issues: DomainIssue[]; mismatched: Set<string> } {
  const issues: DomainIssue[] = [];
  const mismatched = new Set<string>();
  for (const sheet of map.scoreSheets) {
    const values = sheets[sheet.sheetName];
    if (!values) continue;
    const found = firstMismatch(values, sheet, map);
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
