/**
 * Checks of the typed scores: each must point at a known person, round (and month), criterion and level,
 * apply to the person's role, and be in range for its kind. The same pass records the values in the grid
 * scoring reads, so a large school's scores are walked once.
 */
import type { CellLocation, DomainIssue } from '../issues';
import type { SchoolRoster } from '../school/types';
import { criterionApplies } from './criteria';
import { cellPrefix, describePeriod, describePerson, formatScore } from './describe';
import { ScoreGrid } from './score-grid';
import type { PersonSlot } from './score-grid';
import {
  periodFinder,
  periodProblem,
  scoreContextText,
  unknownLevelMessage,
  unknownPersonMessage,
} from './score-refs';
import { collectScoreTable } from './score-table';
import { checkScoreValue, scoreValueFine } from './score-values';
import type { ScoreInput, ScoreTable, ScoringConfig } from './types';

export { scoreContextText } from './score-refs';

function refIssue(
  code: string,
  message: string,
  location: CellLocation | undefined,
  severity: DomainIssue['severity'] = 'error',
) {
  const issue: DomainIssue = { code, severity, message: `${cellPrefix(location)}${message}` };
  if (location) issue.location = location;
  return issue;
}

/**
 * Checks the inputs in order and records each value in the grid (a later value replaces an earlier one).
 * A value is recorded whenever its person, period, criterion and level exist, whatever the checks say:
 * the sheet's formulas use it as typed, and InputIndex did the same.
 */
export function collectScoreInputs(
  config: ScoringConfig,
  grid: ScoreGrid,
  inputs: readonly ScoreInput[],
  issues: DomainIssue[],
): void {
  const configLevels = new Set<string>(config.levels);
  const findPeriod = periodFinder(grid);
  // Scores come grouped by person: look each person up once per group.
  let lastPersonId: string | undefined;
  let found: PersonSlot | undefined;
  for (const input of inputs) {
    const at = input.locator;
    if (input.personId !== lastPersonId) {
      lastPersonId = input.personId;
      found = grid.people.get(input.personId);
    }
    const ref = findPeriod(input.roundId, input.monthId);
    const foundCriterion = grid.criteria.get(input.criterionId);
    const level = grid.levelSlots.get(input.level);
    const cell =
      found && ref.slot !== undefined && foundCriterion
        ? grid.cell(found.slot, ref.slot, foundCriterion.slot)
        : undefined;
    if (cell !== undefined && level !== undefined) grid.set(cell + level, input.value);

    if (!found) {
      issues.push(refIssue('score.unknown-person', unknownPersonMessage(input.personId), at));
      continue;
    }
    const person = found.person;
    const round = ref.round;
    if (ref.period === undefined || !round) {
      const problem = periodProblem(person, ref);
      issues.push(refIssue(problem.code, problem.message, at));
      continue;
    }
    if (!foundCriterion) {
      issues.push(
        refIssue(
          'score.unknown-criterion',
          `${describePerson(person)}, ${describePeriod(round)}: tiêu chí "${input.criterionId}" không có trong bảng tiêu chí. Hãy kiểm tra mã tiêu chí.`,
          at,
        ),
      );
      continue;
    }
    const criterion = foundCriterion.criterion;
    if (!configLevels.has(input.level)) {
      issues.push(refIssue('score.unknown-level', unknownLevelMessage(person, input.level, criterion), at));
      continue;
    }
    if (!criterionApplies(criterion, person.roleId)) {
      issues.push(
        refIssue(
          'score.not-applicable',
          `${scoreContextText(person, round, input.monthId, criterion, input.level)}: tiêu chí này không áp dụng cho vai trò của người này nên điểm ${formatScore(input.value)} không được tính. Hãy xóa điểm hoặc sửa vai trò.`,
          at,
          'warning',
        ),
      );
      continue;
    }
    if (cell !== undefined && level !== undefined && grid.markSeen(cell + level)) {
      issues.push(
        refIssue(
          'score.duplicate',
          `${scoreContextText(person, round, input.monthId, criterion, input.level)}: điểm được nhập hai lần; giá trị sau cùng (${formatScore(input.value)}) được dùng. Hãy xóa giá trị thừa.`,
          at,
          'warning',
        ),
      );
    }
    if (!scoreValueFine(criterion, input.value)) {
      const text = scoreContextText(person, round, input.monthId, criterion, input.level);
      issues.push(...checkScoreValue(criterion, input.value, { text, location: at }));
    }
  }
}

/**
 * The checks of the typed scores, in the order read: first the score table when there is one (see
 * ScoreTable), then the list of inputs, where a value for a cell the table already holds is a duplicate.
 */
export function validateScoreInputs(
  roster: SchoolRoster,
  config: ScoringConfig,
  inputs: readonly ScoreInput[],
  table?: ScoreTable,
): DomainIssue[] {
  const grid = new ScoreGrid(roster, config, false);
  const issues: DomainIssue[] = [];
  if (table) collectScoreTable(grid, table, issues);
  collectScoreInputs(config, grid, inputs, issues);
  return issues;
}
