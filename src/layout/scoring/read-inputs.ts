/**
 * Reads typed scores back from the scoring sheets' values into ScoreInput[], each with the cell it came
 * from. Out-of-range, negative and non-numeric values become issues naming the cell; text numbers such as
 * "9,5" are read as numbers (with a warning, since the sheet's formulas ignore text).
 */
import { cellAddress } from '../a1';
import type { DomainIssue } from '../../domain/issues';
import { isBlankCell } from '../../domain/text';
import { describeCriterion, describeLevel, describePerson } from '../../domain/scoring/describe';
import { readRawScore } from '../../domain/scoring/score-values';
import type { Criterion, ScoreInput } from '../../domain/scoring/types';
import type { CellValue } from '../grid';
import type { MappedCriterion, ScoringWorkbookMap } from './map';
import { SCORE_FIXED_COLUMNS } from './score-sheet';

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
): { inputs: ScoreInput[]; issues: DomainIssue[] } {
  const inputs: ScoreInput[] = [];
  const issues: DomainIssue[] = [];
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
    for (const person of map.people) {
      const row = sheet.rows[person.id];
      if (row === undefined) continue;
      const shownName = values[row]?.[SCORE_FIXED_COLUMNS.name];
      const who = describePerson({
        id: person.id,
        fullName: typeof shownName === 'string' && shownName.trim() !== '' ? shownName : person.fullName,
      });
      const applies = new Set(person.criteria);
      for (const { columns, criterion } of criteria) {
        for (const level of map.levels) {
          const col = columns.levels[level];
          if (col === undefined) continue;
          const raw = values[row]?.[col];
          if (isBlankCell(raw)) continue;
          const location = { sheet: sheet.sheetName, address: cellAddress(row, col) };
          const text = `${who}, ${sheet.label}, ${describeCriterion(criterion)}, ${describeLevel(level)}`;
          if (!applies.has(criterion.id)) {
            issues.push({
              code: 'score.not-applicable',
              severity: 'warning',
              message: `Ô ${location.address} trang "${sheet.sheetName}": ${text}: tiêu chí này không áp dụng cho vai trò của người này nên giá trị trong ô không được tính. Hãy xóa giá trị này.`,
              location,
            });
            continue;
          }
          const read = readRawScore(criterion, raw, { text, location });
          issues.push(...read.issues);
          if (read.value === null) continue;
          inputs.push({
            personId: person.id,
            roundId: sheet.roundId,
            ...(sheet.monthId === undefined ? {} : { monthId: sheet.monthId }),
            criterionId: criterion.id,
            level,
            value: read.value,
            locator: location,
          });
        }
      }
    }
  }
  return { inputs, issues };
}
