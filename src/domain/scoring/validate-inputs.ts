/**
 * Checks of the typed scores: each must point at a known person, round (and month), criterion and level,
 * apply to the person's role, and be in range for its kind.
 */
import type { CellLocation, DomainIssue } from '../issues';
import type { Person, SchoolRoster } from '../school/types';
import { criterionApplies } from './criteria';
import {
  cellPrefix,
  describeCriterion,
  describeLevel,
  describePeriod,
  describePerson,
  formatScore,
} from './describe';
import { checkScoreValue, scoreValueFine } from './score-values';
import type { Criterion, ScoreInput, ScoringConfig, ScoringRound } from './types';

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

/** The words of a score's context, e.g. `Nguyễn Văn An (mã GV01), Đợt 1, tiêu chí 2.1 "…", mức tự đánh giá`. */
export function scoreContextText(
  person: Pick<Person, 'fullName' | 'id'>,
  round: Pick<ScoringRound, 'label' | 'months'>,
  monthId: string | undefined,
  criterion: Pick<Criterion, 'id' | 'label'>,
  level: ScoreInput['level'],
): string {
  const month = round.months?.find((m) => m.id === monthId);
  return `${describePerson(person)}, ${describePeriod(round, month)}, ${describeCriterion(criterion)}, ${describeLevel(level)}`;
}

interface RoundEntry {
  round: ScoringRound;
  /** Period index of the round, or of each of its months. */
  period: number;
  months?: Map<string, number>;
}

/** Remembers which (person, period, criterion, level) cells were seen: a bitmap, or a Set when too big. */
function seenTracker(size: number): (key: number) => boolean {
  if (size <= 1 << 26) {
    const bits = new Uint8Array(Math.ceil(size / 8));
    return (key) => {
      const mask = 1 << (key & 7);
      const seen = (bits[key >> 3] & mask) !== 0;
      bits[key >> 3] |= mask;
      return seen;
    };
  }
  const keys = new Set<number>();
  return (key) => keys.has(key) || (keys.add(key), false);
}

export function validateScoreInputs(
  roster: SchoolRoster,
  config: ScoringConfig,
  inputs: readonly ScoreInput[],
): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const people = new Map(roster.staff.map((person, i) => [person.id, { person, index: i }]));
  const rounds = new Map<string, RoundEntry>();
  let periodCount = 0;
  for (const round of config.rounds) {
    if (rounds.has(round.id)) continue;
    const months = round.months && new Map(round.months.map((month) => [month.id, 0]));
    if (months) for (const id of months.keys()) months.set(id, periodCount++);
    rounds.set(round.id, { round, period: months ? -1 : periodCount++, months });
  }
  const criteria = new Map(config.criteria.map((criterion, i) => [criterion.id, { criterion, index: i }]));
  const levels = new Map(config.levels.map((level, i) => [level, i]));
  const alreadySeen = seenTracker(roster.staff.length * periodCount * criteria.size * levels.size);
  for (const input of inputs) {
    const at = input.locator;
    const found = people.get(input.personId);
    if (!found) {
      issues.push(
        refIssue(
          'score.unknown-person',
          `điểm của mã "${input.personId}" không thuộc ai trong danh sách. Hãy kiểm tra mã hoặc thêm người này vào danh sách.`,
          at,
        ),
      );
      continue;
    }
    const person = found.person;
    const entry = rounds.get(input.roundId);
    if (!entry) {
      issues.push(
        refIssue(
          'score.unknown-round',
          `${describePerson(person)}: điểm thuộc đợt "${input.roundId}" không có trong quy chế. Hãy chọn một đợt có sẵn.`,
          at,
        ),
      );
      continue;
    }
    const round = entry.round;
    const period = entry.months
      ? input.monthId === undefined
        ? undefined
        : entry.months.get(input.monthId)
      : input.monthId === undefined
        ? entry.period
        : undefined;
    if (period === undefined) {
      const who = describePerson(person);
      const message = round.months
        ? `${who}: ${round.label} được chấm theo tháng nhưng điểm ${input.monthId === undefined ? 'không ghi tháng' : `ghi tháng "${input.monthId}" không có trong đợt`}. Hãy chọn một tháng của đợt.`
        : `${who}: ${round.label} không chấm theo tháng nhưng điểm ghi tháng "${input.monthId}". Hãy bỏ tháng hoặc bật chấm theo tháng.`;
      issues.push(refIssue('score.unknown-month', message, at));
      continue;
    }
    const foundCriterion = criteria.get(input.criterionId);
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
    const level = levels.get(input.level);
    if (level === undefined) {
      issues.push(
        refIssue(
          'score.unknown-level',
          `${describePerson(person)}, ${describeCriterion(criterion)}: ${describeLevel(input.level)} không được dùng trong quy chế nên điểm này không được tính. Hãy nhập ở một mức đánh giá đang dùng.`,
          at,
        ),
      );
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
    const key =
      ((found.index * periodCount + period) * criteria.size + foundCriterion.index) * levels.size + level;
    if (alreadySeen(key)) {
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
  return issues;
}
