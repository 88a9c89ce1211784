/**
 * The bảng lượng hóa thi đua as data (DOMAIN.md §4). A round (đợt) is scored per criterion at up to three
 * levels (tự đánh giá, tổ, hội đồng); the final score of a criterion is the highest level filled in.
 */
import type { DomainIssue } from '../issues';
import type { RoleId } from '../school/types';

/**
 * points: the user types a score 0…max.
 * deduction: the user types the number of events; the score is max − events × step, floored at 0.
 * bonus (điểm thưởng): the user types bonus points; counted up to `max` (the cap) on top of the total,
 *   never part of the person's applicable maximum.
 */
export type CriterionKind = 'points' | 'deduction' | 'bonus';

/** self = tự đánh giá, team = tổ đánh giá, council = hội đồng đánh giá. Order matters: later wins. */
export type AssessmentLevel = 'self' | 'team' | 'council';
export const ASSESSMENT_LEVELS: AssessmentLevel[] = ['self', 'team', 'council'];

export interface CriteriaSection {
  id: string;
  /** e.g. "I. Phẩm chất chính trị, đạo đức, lối sống". */
  label: string;
}

export interface Criterion {
  id: string;
  sectionId: string;
  label: string;
  kind: CriterionKind;
  /** points: the maximum; deduction: the starting points; bonus: the cap. */
  max: number;
  /** deduction only: points lost per event (e.g. 3 per unexcused absence, 0,5 per late arrival). */
  deductionStep?: number;
  /** Roles the criterion applies to; 'all' for everyone. */
  roles: RoleId[] | 'all';
  /** Điểm giới hạn: a band that requires floors needs this criterion at or above it in every round. */
  floor?: number;
}

export interface ScoringMonth {
  id: string;
  /** e.g. "Tháng 9". */
  label: string;
}

export interface ScoringRound {
  id: string;
  /** e.g. "Đợt 1". */
  label: string;
  /** ISO dates. */
  start: string;
  end: string;
  /** Weight in the year total, e.g. 1 for HK I and 2 for HK II. */
  weight: number;
  /** Optional monthly sub-rounds: the round total is then the mean of its months. */
  months?: ScoringMonth[];
}

export interface Band {
  /** e.g. "HTXSNV". */
  id: string;
  /** e.g. "Hoàn thành xuất sắc nhiệm vụ". */
  label: string;
  /** Lowest year total (inclusive) for the band. */
  min: number;
  /** A person below any criterion floor cannot get this band and falls to the next one. */
  requiresFloors: boolean;
  fill: string;
  fontColor: string;
}

export interface ScoringConfig {
  /** The sheet's declared total, usually 100: totals are normalised to it. */
  totalPoints: number;
  sections: CriteriaSection[];
  criteria: Criterion[];
  rounds: ScoringRound[];
  /** Highest first. */
  bands: Band[];
  /** Which levels the sheets carry, in order; usually all three. */
  levels: AssessmentLevel[];
}

/** One typed value, as the user entered it for the criterion's kind. */
export interface ScoreInput {
  personId: string;
  roundId: string;
  /** Set when the round is scored monthly. */
  monthId?: string;
  criterionId: string;
  level: AssessmentLevel;
  value: number;
  /** The cell the value was read from, when known: messages then name it. */
  locator?: ScoreInputLocator;
}

/**
 * The typed values as a school's own sheet holds them: the criterion ids once, then one row per person,
 * period and level with one value per criterion in that order, null for a blank cell. It means the same
 * as one ScoreInput per non-null value (see scoreInputsFromTable), at a fraction of the size: the compact
 * form of a JSON case file, and the fast road into evaluateScoring for a large school.
 */
export interface ScoreTable {
  /** Criterion ids, in the order of every row's values; a criterion left out is blank for everyone. */
  criteria: string[];
  rows: ScoreTableRow[];
}

/** One line of the score table: a person's values for one period at one level. */
export interface ScoreTableRow {
  personId: string;
  roundId: string;
  /** Set when the round is scored monthly. */
  monthId?: string;
  level: AssessmentLevel;
  /** One value per column of `criteria`, in that order; null for a blank cell. */
  values: (number | null)[];
}

/** Where a value came from, so a message can point at its cell (set by the sheet reader and the import). */
export interface ScoreInputLocator {
  sheet: string;
  address: string;
}

/** A criterion in one scored period (a round, or a month of a monthly round) for one person. */
export interface CriterionOutcome {
  criterionId: string;
  /** The level whose value counts (the highest filled in), null when no level is filled in. */
  level: AssessmentLevel | null;
  /** The value typed at that level: points, number of events, or bonus points. */
  typed: number | null;
  /**
   * The criterion's score for its kind (points as typed; deduction max − events × step floored at 0; bonus
   * min(typed, cap)). null when missing: a missing criterion contributes 0 and is listed in `missing`.
   */
  score: number | null;
  /** True when the criterion has a floor and the score (0 when missing) is below it. */
  belowFloor: boolean;
}

/** One scored period: a round without months, or one month of a monthly round. */
export interface PeriodOutcome {
  roundId: string;
  monthId?: string;
  /** Applicable criteria only, in config order; empty in a summary (evaluateScoring's `perCriterion: false`). */
  criteria: CriterionOutcome[];
  /** Sum of the applicable non-bonus scores. */
  rawSum: number;
  /** Sum of the maxima of the applicable non-bonus criteria. */
  applicableMax: number;
  /** Sum of the capped bonus scores. */
  bonus: number;
  /** ROUND(rawSum × totalPoints / applicableMax + bonus, 2); bonus alone when applicableMax is 0. */
  total: number;
  floorsMet: boolean;
  /** Ids of applicable non-bonus criteria with no level filled in (a blank bonus is simply no bonus). */
  missing: string[];
  /**
   * At least one applicable non-bonus criterion is filled in. A period with nothing typed yet has no
   * result: its total 0 counts in no round mean and its floors in no band (issue 11, "partial results").
   */
  scored: boolean;
}

export interface RoundOutcome {
  roundId: string;
  /** The round itself, or its months in order. */
  periods: PeriodOutcome[];
  /** The period's total, or ROUND(mean of the scored months' totals, 2); 0 when nothing is scored. */
  total: number;
  /** Floors met in every scored period (true when none is scored). */
  floorsMet: boolean;
  /** Some period of the round is scored. */
  scored: boolean;
  /** The band of the round's total and floors; null when the round is not scored or there is no band. */
  bandId: string | null;
}

/**
 * unscored: nothing typed yet, so no year total, band or rank to show; partial ("tạm tính"): some
 * periods are scored, the year is the weighted mean of the scored rounds only; complete: every period.
 */
export type ScoringStatus = 'unscored' | 'partial' | 'complete';

export interface PersonScoring {
  personId: string;
  teamId: string;
  rounds: RoundOutcome[];
  /**
   * ROUND(Σ weight × round total / Σ weight, 2) over the scored rounds; 0 when none is scored (the sheets
   * then show it blank, as they show the ranks: see `status`).
   */
  yearTotal: number;
  /** Band id, e.g. "HTXSNV"; null when the config has no band or nothing is scored yet. */
  bandId: string | null;
  /** Floors met in every scored period of every round. */
  floorsMet: boolean;
  status: ScoringStatus;
  /** 1 + number of people with a strictly higher year total. */
  rankOverall: number;
  /** Same rule among the people of the same tổ; null for a person without a tổ (reported by validation). */
  rankInTeam: number | null;
  /**
   * Same rule among the units of the same role (a Phòng ranks its schools within their cấp học); null for a
   * unit without a role. Like the other ranks it is computed for an unscored unit too, whose sheets and
   * reports show it blank (see `status`).
   */
  rankInRole: number | null;
  /** Number of applicable criteria left blank, over all periods. */
  missingCount: number;
}

export interface TeamScoring {
  teamId: string;
  memberCount: number;
  /** ROUND(mean of members' year totals, 2); null for a tổ without members. */
  mean: number | null;
  /** 1 + number of tổ with a strictly higher mean; null without members. */
  rank: number | null;
}

export interface ScoringResult {
  /** In roster order. */
  people: PersonScoring[];
  /** In roster order. */
  teams: TeamScoring[];
  issues: DomainIssue[];
}
