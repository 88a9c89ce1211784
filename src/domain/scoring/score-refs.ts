/**
 * How a score names what it points at, and the checks of a round and month shared by the list of inputs
 * and the score table.
 */
import type { Person } from '../school/types';
import { describeCriterion, describeLevel, describePeriod, describePerson } from './describe';
import { periodKey } from './input-index';
import type { ScoreGrid } from './score-grid';
import type { AssessmentLevel, Criterion, ScoreInput, ScoringRound } from './types';

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

/** Where a score's round and month point in the grid. */
export interface PeriodRef {
  roundId: string;
  monthId: string | undefined;
  /** The first round with the id (the one messages describe); undefined when no round has it. */
  round: ScoringRound | undefined;
  /** The period slot when the round has the id and the month fits it (a month only in a monthly round). */
  period: number | undefined;
  /**
   * The slot of the round and month, whatever the checks say: values are recorded there (a second round
   * with the same id may have other months), as InputIndex recorded them.
   */
  slot: number | undefined;
}

export function findPeriod(grid: ScoreGrid, roundId: string, monthId: string | undefined): PeriodRef {
  const round = grid.rounds.get(roundId);
  const slot = grid.periods.get(periodKey(roundId, monthId));
  const fits =
    round !== undefined &&
    (round.months
      ? monthId !== undefined && round.months.some((month) => month.id === monthId)
      : monthId === undefined);
  return { roundId, monthId, round, period: fits ? slot : undefined, slot };
}

/**
 * Remembers the last period looked up: scores come grouped by person and period, so a school of 5,000
 * looks each up once per group instead of once per score.
 */
export function periodFinder(grid: ScoreGrid): (roundId: string, monthId: string | undefined) => PeriodRef {
  let last: PeriodRef | undefined;
  return (roundId, monthId) => {
    if (last === undefined || last.roundId !== roundId || last.monthId !== monthId) {
      last = findPeriod(grid, roundId, monthId);
    }
    return last;
  };
}

/** Why a score's round or month points nowhere (for a ref whose `period` is undefined). */
export function periodProblem(person: Person, ref: PeriodRef): { code: string; message: string } {
  const { round, roundId, monthId } = ref;
  if (!round) {
    return {
      code: 'score.unknown-round',
      message: `${describePerson(person)}: điểm thuộc đợt "${roundId}" không có trong quy chế. Hãy chọn một đợt có sẵn.`,
    };
  }
  const who = describePerson(person);
  const message = round.months
    ? `${who}: ${round.label} được chấm theo tháng nhưng điểm ${monthId === undefined ? 'không ghi tháng' : `ghi tháng "${monthId}" không có trong đợt`}. Hãy chọn một tháng của đợt.`
    : `${who}: ${round.label} không chấm theo tháng nhưng điểm ghi tháng "${monthId}". Hãy bỏ tháng hoặc bật chấm theo tháng.`;
  return { code: 'score.unknown-month', message };
}

export function unknownPersonMessage(personId: string): string {
  return `điểm của mã "${personId}" không thuộc ai trong danh sách. Hãy kiểm tra mã hoặc thêm người này vào danh sách.`;
}

export function unknownLevelMessage(person: Person, level: AssessmentLevel, criterion?: Criterion): string {
  const what = criterion
    ? `${describePerson(person)}, ${describeCriterion(criterion)}`
    : describePerson(person);
  return `${what}: ${describeLevel(level)} không được dùng trong quy chế nên điểm này không được tính. Hãy nhập ở một mức đánh giá đang dùng.`;
}
