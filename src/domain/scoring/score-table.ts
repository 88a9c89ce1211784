/**
 * The score table (ScoreTable): checks it and records its values in the grid, and converts between it and
 * the list of inputs. A problem with a whole row (unknown person, round, month or level, a repeated row, a
 * row of the wrong length) or a whole column (unknown or repeated criterion) is reported once, naming the
 * row or column; a problem with one value names its row and column as well as who, when and what.
 */
import type { DomainIssue } from '../issues';
import type { Person } from '../school/types';
import { criterionApplies } from './criteria';
import { describeLevel, describePeriod, describePerson, formatScore } from './describe';
import { periodKey } from './input-index';
import type { CriterionSlot, ScoreGrid } from './score-grid';
import {
  periodFinder,
  periodProblem,
  scoreContextText,
  unknownLevelMessage,
  unknownPersonMessage,
} from './score-refs';
import { checkScoreValue, scoreValueFine } from './score-values';
import { ASSESSMENT_LEVELS } from './types';
import type { Criterion, ScoreInput, ScoreTable, ScoreTableRow, ScoringConfig, ScoringRound } from './types';

/** "Bảng điểm, hàng 13" for rows[12]: people count rows and columns from 1. */
function rowText(row: number): string {
  return `Bảng điểm, hàng ${row + 1}`;
}

/** "Bảng điểm, hàng 13, cột 5: Nguyễn Văn An (mã GV01), Đợt 1, tiêu chí 2.1 "…", mức tự đánh giá". */
function cellText(
  r: number,
  column: number,
  row: ScoreTableRow,
  round: ScoringRound,
  person: Person,
  criterion: Criterion,
): string {
  return `${rowText(r)}, cột ${column + 1}: ${scoreContextText(person, round, row.monthId, criterion, row.level)}`;
}

function tableIssue(code: string, message: string, severity: DomainIssue['severity'] = 'error'): DomainIssue {
  return { code, severity, message };
}

/**
 * The criterion of each column; undefined for a column whose criterion is unknown or repeats an earlier
 * column (its values are left out, and the column reported once).
 */
function tableColumns(
  grid: ScoreGrid,
  table: ScoreTable,
  issues: DomainIssue[],
): (CriterionSlot | undefined)[] {
  const firstColumn = new Map<string, number>();
  return table.criteria.map((id, column) => {
    const earlier = firstColumn.get(id);
    if (earlier !== undefined) {
      issues.push(
        tableIssue(
          'score.table-duplicate-column',
          `Bảng điểm, cột ${column + 1}: tiêu chí "${id}" đã có ở cột ${earlier + 1}; các giá trị của cột ${column + 1} không được tính. Hãy xóa cột thừa hoặc sửa mã tiêu chí.`,
        ),
      );
      return undefined;
    }
    firstColumn.set(id, column);
    const found = grid.criteria.get(id);
    if (!found) {
      issues.push(
        tableIssue(
          'score.unknown-criterion',
          `Bảng điểm, cột ${column + 1}: tiêu chí "${id}" không có trong bảng tiêu chí nên cả cột không được tính. Hãy kiểm tra mã tiêu chí.`,
        ),
      );
    }
    return found;
  });
}

/**
 * Checks the table row by row and records its values in the grid. Values are recorded whenever the row's
 * person, period and level and the column's criterion exist, as for a list of inputs.
 */
export function collectScoreTable(grid: ScoreGrid, table: ScoreTable, issues: DomainIssue[]): void {
  const columns = tableColumns(grid, table, issues);
  const width = columns.length;
  const levelCount = grid.levelCount;
  // Offset of each column's cell from the row's first cell: criterion slot × levels.
  const steps = columns.map((found) => (found ? found.slot * levelCount : -1));
  const appliesByRole = new Map<string, boolean[]>();
  const rowsSeen = new Map<number, number>();
  const findPeriod = periodFinder(grid);
  table.rows.forEach((row, r) => {
    const found = grid.people.get(row.personId);
    if (!found) {
      issues.push(tableIssue('score.unknown-person', `${rowText(r)}: ${unknownPersonMessage(row.personId)}`));
      return;
    }
    const person = found.person;
    const values = row.values;
    const count = Math.min(values.length, width);
    const ref = findPeriod(row.roundId, row.monthId);
    const level = grid.levelSlots.get(row.level);
    const first =
      ref.slot !== undefined && level !== undefined ? grid.cell(found.slot, ref.slot, 0) + level : -1;
    const round = ref.round;
    if (ref.period === undefined || !round || level === undefined) {
      if (ref.period === undefined || !round) {
        const problem = periodProblem(person, ref);
        issues.push(tableIssue(problem.code, `${rowText(r)}: ${problem.message}`));
      } else {
        issues.push(
          tableIssue('score.unknown-level', `${rowText(r)}: ${unknownLevelMessage(person, row.level)}`),
        );
      }
      if (first >= 0) {
        for (let column = 0; column < count; column++) {
          const value = values[column];
          if (value !== null && steps[column] >= 0) grid.set(first + steps[column], value);
        }
      }
      return;
    }
    if (values.length !== width) {
      issues.push(
        tableIssue(
          'score.table-row-length',
          `${rowText(r)} (${describePerson(person)}): có ${values.length} giá trị nhưng bảng có ${width} cột tiêu chí; ` +
            `${values.length > width ? 'các giá trị thừa không được tính' : 'các cột thiếu được coi là để trống'}. ` +
            'Hãy ghi đúng một giá trị (hoặc null) cho mỗi tiêu chí, theo thứ tự của "criteria".',
        ),
      );
    }
    const rowKey = (found.slot * grid.periodCount + ref.period) * levelCount + level;
    const earlierRow = rowsSeen.get(rowKey);
    if (earlierRow !== undefined) {
      const month = round.months?.find((m) => m.id === row.monthId);
      const what = `${describePerson(person)}, ${describePeriod(round, month)}, ${describeLevel(row.level)}`;
      issues.push(
        tableIssue(
          'score.duplicate',
          `${rowText(r)}: lặp lại hàng ${earlierRow + 1} (${what}); ` +
            `ở mỗi cột có số, giá trị của hàng ${r + 1} được dùng. Hãy gộp hai hàng làm một.`,
          'warning',
        ),
      );
    } else rowsSeen.set(rowKey, r);
    let applies = appliesByRole.get(person.roleId);
    if (!applies) {
      applies = columns.map(
        (column) => column !== undefined && criterionApplies(column.criterion, person.roleId),
      );
      appliesByRole.set(person.roleId, applies);
    }
    for (let column = 0; column < count; column++) {
      const value = values[column];
      const step = steps[column];
      if (value === null || step < 0) continue;
      grid.set(first + step, value);
      const criterion = (columns[column] as CriterionSlot).criterion;
      if (!applies[column]) {
        issues.push(
          tableIssue(
            'score.not-applicable',
            `${cellText(r, column, row, round, person, criterion)}: tiêu chí này không áp dụng cho vai trò của người này nên điểm ${formatScore(value)} không được tính. Hãy để trống ô này (null) hoặc sửa vai trò.`,
            'warning',
          ),
        );
        continue;
      }
      // A repeated row is reported once above, not once per cell; the mark makes a later input a duplicate.
      grid.markSeen(first + step);
      if (!scoreValueFine(criterion, value)) {
        const text = cellText(r, column, row, round, person, criterion);
        issues.push(...checkScoreValue(criterion, value, { text }));
      }
    }
  });
}

/** One input per non-null value, row by row and column by column; a repeated column is left out. */
export function scoreInputsFromTable(table: ScoreTable): ScoreInput[] {
  const seen = new Set<string>();
  const columns = table.criteria.map((id) => (seen.has(id) ? undefined : (seen.add(id), id)));
  const inputs: ScoreInput[] = [];
  for (const row of table.rows) {
    const count = Math.min(row.values.length, columns.length);
    for (let column = 0; column < count; column++) {
      const value = row.values[column];
      const criterionId = columns[column];
      if (value === null || criterionId === undefined) continue;
      const input: ScoreInput = {
        personId: row.personId,
        roundId: row.roundId,
        criterionId,
        level: row.level,
        value,
      };
      if (row.monthId !== undefined) input.monthId = row.monthId;
      inputs.push(input);
    }
  }
  return inputs;
}

/**
 * The inputs as a table with the config's criteria as columns and one row per person, period and level in
 * the order first met. An input the table cannot hold as it is (a criterion or level the config lacks, a
 * value that is not a number, a second value for the same cell) stays in `rest`, in order: reading the
 * table and then `rest` gives the same values, and every problem is still reported (worded for the table
 * where it now sits). Cell locators are not kept: a JSON file has no cells.
 */
export function scoreTableFromInputs(
  config: ScoringConfig,
  inputs: readonly ScoreInput[],
): { table: ScoreTable; rest: ScoreInput[] } {
  const columns = new Map<string, number>();
  for (const criterion of config.criteria)
    if (!columns.has(criterion.id)) columns.set(criterion.id, columns.size);
  const levels = new Set<string>(config.levels.filter((level) => ASSESSMENT_LEVELS.includes(level)));
  const criteria = [...columns.keys()];
  const rows = new Map<string, ScoreTable['rows'][number]>();
  const rest: ScoreInput[] = [];
  for (const input of inputs) {
    const column = columns.get(input.criterionId);
    if (column === undefined || !levels.has(input.level) || !Number.isFinite(input.value)) {
      rest.push(input);
      continue;
    }
    const key = `${input.personId}\u0000${periodKey(input.roundId, input.monthId)}\u0000${input.level}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        personId: input.personId,
        roundId: input.roundId,
        ...(input.monthId === undefined ? {} : { monthId: input.monthId }),
        level: input.level,
        values: new Array<number | null>(criteria.length).fill(null),
      };
      rows.set(key, row);
    }
    if (row.values[column] !== null) rest.push(input);
    else row.values[column] = input.value;
  }
  return { table: { criteria, rows: [...rows.values()] }, rest };
}
