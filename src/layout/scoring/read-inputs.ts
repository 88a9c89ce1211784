/**
 * Reads typed scores back from the scoring sheets' values into ScoreInput[], each with the cell it came
 * from. Out-of-range, negative and non-numeric values become issues naming the cell; text numbers such as
 * "9,5" are read as numbers (with a warning, since the sheet's formulas ignore text).
 *
 * Rows are found by the mã cán bộ in column B, wherever they are (sorted, filtered, moved): a row without
 * a key or with a key seen before, a person of "Danh sách" without a row, and a row of nobody on
 * "Danh sách" are reported with their cells.
 */
import { unitKindOf } from '../../domain/school/units';
import { MESSAGE_WORDS } from './unit-words';
import { cellAddress, columnLetter } from '../a1';
import type { DomainIssue } from '../../domain/issues';
import { isBlankCell } from '../../domain/text';
import { describeCriterion, describeLevel, describePerson } from '../../domain/scoring/describe';
import { readRawScore, scoreValueFine } from '../../domain/scoring/score-values';
import type { Criterion, ScoreInput } from '../../domain/scoring/types';
import type { CellValue } from '../grid';
import type { MappedCriterion, ScoringWorkbookMap } from './map';
import { keyMatch } from '../../domain/scoring/keys';
import { findKeyedRows } from './keyed-rows';
import type { ScoreSheetMap } from './map';
import { SCORE_FIXED_COLUMNS, SCORE_ROWS } from './score-sheet';

function missingSheet(sheet: string): DomainIssue {
  return {
    code: 'sheet.missing',
    severity: 'error',
    message: `Không tìm thấy trang "${sheet}" của sổ chấm điểm: điểm trên trang này không được đọc. Hãy khôi phục trang hoặc tạo lại mẫu.`,
  };
}

/** The criterion as the checks need it, with the maximum currently shown on the sheet. */
function liveCriterion(mapped: MappedCriterion, shownMax: CellValue | undefined): Criterion {
  return {
    id: mapped.id,
    sectionId: '',
    label: mapped.label,
    kind: mapped.kind,
    max: typeof shownMax === 'number' && Number.isFinite(shownMax) ? shownMax : mapped.max,
    roles: 'all',
  };
}

export function readScoringInputs(
  sheets: Record<string, CellValue[][]>,
  map: ScoringWorkbookMap,
): { inputs: ScoreInput[]; issues: DomainIssue[]; rows: Map<string, Map<string, number>> } {
  const inputs: ScoreInput[] = [];
  const issues: DomainIssue[] = [];
  const rowsBySheet = new Map<string, Map<string, number>>();
  for (const sheet of map.scoreSheets) {
    const values = sheets[sheet.sheetName];
    if (!values) {
      issues.push(missingSheet(sheet.sheetName));
      continue;
    }
    const criteria = map.criteria.map((mapped) => {
      const columns = sheet.criteria[mapped.id];
      return { columns, criterion: liveCriterion(mapped, values[sheet.maxRow]?.[columns.score]) };
    });
    const rows = personRows(values, sheet, map, issues);
    rowsBySheet.set(sheet.sheetName, rows);
    // Column letters once per sheet: a large school has over a million score cells to give an address.
    const letters = new Map<number, string>();
    const addressOf = (row: number, col: number) => {
      let letter = letters.get(col);
      if (letter === undefined) letters.set(col, (letter = columnLetter(col)));
      return `${letter}${row + 1}`;
    };
    for (const person of map.people) {
      const row = rows.get(person.id);
      if (row === undefined) continue;
      // The words naming a cell are built only for a cell that has something to report.
      const who = () => {
        const shownName = values[row]?.[SCORE_FIXED_COLUMNS.name];
        return describePerson({
          id: person.id,
          fullName: typeof shownName === 'string' && shownName.trim() !== '' ? shownName : person.fullName,
        });
      };
      const applies = new Set(person.criteria);
      for (const { columns, criterion } of criteria) {
        for (const level of map.levels) {
          const col = columns.levels[level];
          if (col === undefined) continue;
          const raw = values[row]?.[col];
          if (isBlankCell(raw)) continue;
          const location = { sheet: sheet.sheetName, address: addressOf(row, col) };
          const applicable = applies.has(criterion.id);
          let value: number | null;
          if (applicable && typeof raw === 'number' && scoreValueFine(criterion, raw)) {
            value = raw;
          } else {
            const text = `${who()}, ${sheet.label}, ${describeCriterion(criterion)}, ${describeLevel(level)}`;
            if (!applicable) {
              issues.push({
                code: 'score.not-applicable',
                severity: 'warning',
                message: `Ô ${location.address} trang "${sheet.sheetName}": ${text}: tiêu chí này không áp dụng cho ${MESSAGE_WORDS[unitKindOf(map)].role} của ${MESSAGE_WORDS[unitKindOf(map)].one} này nên giá trị trong ô không được tính. Hãy xóa giá trị này.`,
                location,
              });
              continue;
            }
            const read = readRawScore(criterion, raw, { text, location });
            issues.push(...read.issues);
            value = read.value;
          }
          if (value === null) continue;
          inputs.push({
            personId: person.id,
            roundId: sheet.roundId,
            ...(sheet.monthId === undefined ? {} : { monthId: sheet.monthId }),
            criterionId: criterion.id,
            level,
            value,
            locator: location,
          });
        }
      }
    }
  }
  return { inputs, issues, rows: rowsBySheet };
}

/** Each person's row on a scoring sheet, found by key; what cannot be matched is reported. */
export function personRows(
  values: readonly CellValue[][],
  sheet: ScoreSheetMap,
  map: Pick<ScoringWorkbookMap, 'people' | 'sheets' | 'unitKind'>,
  issues: DomainIssue[],
): Map<string, number> {
  const inputCols = Object.values(sheet.criteria).flatMap((columns) =>
    Object.values(columns.levels).filter((col): col is number => col !== undefined),
  );
  const found = findKeyedRows(values, {
    sheet: sheet.sheetName,
    firstRow: SCORE_ROWS.firstData,
    keyCol: SCORE_FIXED_COLUMNS.code,
    dataCols: inputCols,
    what: MESSAGE_WORDS[unitKindOf(map)].key,
  });
  issues.push(...found.issues);
  const rows = new Map<string, number>();
  const known = new Set<string>();
  for (const person of map.people) {
    const match = keyMatch(person.id);
    if (known.has(match)) continue; // a duplicated mã on "Danh sách" is reported there
    known.add(match);
    const row = found.rows.get(match);
    if (row !== undefined) {
      rows.set(person.id, row);
      continue;
    }
    issues.push({
      code: 'score.person-missing',
      severity: 'error',
      message: `Trang "${sheet.sheetName}" không có dòng nào mang mã ${person.id} (${describePerson(person)} trên trang "${map.sheets.staff}"), nên ${MESSAGE_WORDS[unitKindOf(map)].one} này không có điểm ${sheet.label} và ô điểm đợt trên trang tổng hợp báo #N/A. Hãy thêm dòng có mã này, hoặc tạo lại mẫu.`,
      location: {
        sheet: sheet.sheetName,
        address: cellAddress(SCORE_ROWS.firstData, SCORE_FIXED_COLUMNS.code),
      },
    });
  }
  for (const [match, row] of found.rows) {
    if (known.has(match)) continue;
    const hasScores = inputCols.some((col) => !isBlankCell(values[row]?.[col]));
    const address = cellAddress(row, SCORE_FIXED_COLUMNS.code);
    issues.push({
      code: 'score.unknown-person',
      severity: hasScores ? 'error' : 'warning',
      message: `Ô ${address} trang "${sheet.sheetName}": mã "${found.keys.get(row) ?? match}" không có trên trang "${map.sheets.staff}", nên ${hasScores ? 'điểm trên dòng này không được đọc' : 'dòng này không được tính'}. Hãy sửa mã cho đúng ${MESSAGE_WORDS[unitKindOf(map)].one}, hoặc thêm ${MESSAGE_WORDS[unitKindOf(map)].one} này vào "${map.sheets.staff}".`,
      location: { sheet: sheet.sheetName, address },
    });
  }
  return rows;
}
