/**
 * Scores every person and every tổ (DOMAIN.md §4), with the arithmetic the generated sheets use:
 *
 *   period total = ROUND(Σ applicable non-bonus scores × totalPoints / applicable maximum + Σ bonus, 2)
 *   round total  = the period total, or ROUND(mean of its scored months' totals, 2)
 *   year total   = ROUND(Σ weight × round total / Σ weight, 2) over the scored rounds
 *
 * A period is scored once one applicable non-bonus criterion is filled in. Before any score a person has
 * status "unscored" (no band; the sheets show total, band and ranks blank); with some periods scored the
 * year is "partial" (tạm tính) and counts only what is scored, instead of dividing by every round's weight.
 *
 * A criterion left blank at every level contributes 0 (and 0 against its floor) and is listed as missing:
 * the sheet shows the same total the domain computes, and the Scores panel says what is still to be typed.
 */
import type { SchoolRoster } from '../school/types';
import { unitKindOf } from '../school/units';
import { bandFor } from './bands';
import { applicableCriteria, criterionScore } from './criteria';
import { periodKey } from './input-index';
import type { PeriodValues } from './input-index';
import { atLeast, round2 } from './numeric';
import { competitionRanks, groupedCompetitionRanks } from './ranks';
import { ScoreGrid } from './score-grid';
import type { PersonSlot } from './score-grid';
import { collectScoreTable } from './score-table';
import type {
  AssessmentLevel,
  Band,
  Criterion,
  CriterionOutcome,
  PeriodOutcome,
  PersonScoring,
  RoundOutcome,
  ScoreInput,
  ScoreTable,
  ScoringConfig,
  ScoringResult,
  ScoringRound,
  TeamScoring,
} from './types';
import { validateScoringConfig } from './validate-config';
import { collectScoreInputs } from './validate-inputs';
import { validateRoster } from './validate-roster';

/**
 * The arithmetic of one period over values laid out as in the grid: level `l` of `criteria[i]` is at
 * `base + slots[i] × levels.length + l`, NaN when blank.
 */
function scoreValues(
  criteria: readonly Criterion[],
  slots: ArrayLike<number>,
  levels: AssessmentLevel[],
  values: Float64Array,
  base: number,
  totalPoints: number,
  roundId: string,
  monthId: string | undefined,
  perCriterion = true,
): PeriodOutcome {
  const levelCount = levels.length;
  const outcomes: CriterionOutcome[] = perCriterion ? new Array(criteria.length) : [];
  const missing: string[] = [];
  let rawSum = 0;
  let maxSum = 0;
  let bonus = 0;
  let floorsMet = true;
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i];
    const at = base + slots[i] * levelCount;
    // The highest level filled in: council over team over self.
    let picked = levelCount - 1;
    while (picked >= 0 && values[at + picked] !== values[at + picked]) picked--; // NaN: blank
    const typed = picked >= 0 ? values[at + picked] : null;
    const score = typed === null ? null : criterionScore(criterion, typed);
    const belowFloor =
      criterion.kind !== 'bonus' && criterion.floor !== undefined && !atLeast(score ?? 0, criterion.floor);
    // A blank bonus means no bonus, not a score still to type.
    if (typed === null && criterion.kind !== 'bonus') missing.push(criterion.id);
    if (belowFloor) floorsMet = false;
    if (criterion.kind === 'bonus') bonus += score ?? 0;
    else {
      rawSum += score ?? 0;
      maxSum += criterion.max;
    }
    if (perCriterion) {
      outcomes[i] = {
        criterionId: criterion.id,
        level: picked >= 0 ? levels[picked] : null,
        typed,
        score,
        belowFloor,
      };
    }
  }
  const normalised = maxSum > 0 ? (rawSum * totalPoints) / maxSum : 0;
  let counted = 0;
  for (const criterion of criteria) if (criterion.kind !== 'bonus') counted++;
  return {
    roundId,
    ...(monthId === undefined ? {} : { monthId }),
    criteria: outcomes,
    rawSum,
    applicableMax: maxSum,
    bonus,
    total: round2(normalised + bonus),
    floorsMet,
    missing,
    scored: missing.length < counted,
  };
}

export function scorePeriod(
  criteria: readonly Criterion[],
  levels: AssessmentLevel[],
  values: PeriodValues | undefined,
  totalPoints: number,
  roundId: string,
  monthId?: string,
): PeriodOutcome {
  const laidOut = new Float64Array(criteria.length * levels.length).fill(NaN);
  criteria.forEach((criterion, i) => {
    const typed = values?.get(criterion.id) ?? [];
    levels.forEach((_, l) => {
      const value = typed[l];
      if (value !== undefined) laidOut[i * levels.length + l] = value;
    });
  });
  const slots = criteria.map((_, i) => i);
  return scoreValues(criteria, slots, levels, laidOut, 0, totalPoints, roundId, monthId);
}

/** A role's criteria in config order with their grid slots: worked out once per role, not per person. */
interface RolePlan {
  criteria: Criterion[];
  slots: Int32Array;
}

export interface EvaluateScoringOptions {
  /** Values in table form, read before `inputs` (see ScoreTable). */
  table?: ScoreTable;
  /**
   * false leaves every PeriodOutcome.criteria empty: a summary with every total, band, rank, floor flag and
   * missing criterion, for callers that never show a single criterion's outcome (the CLI's reports). Its
   * 600,000 small objects are most of the work for a school of 5,000. true when left out.
   */
  perCriterion?: boolean;
}

function scoreRound(
  personSlot: number,
  round: ScoringRound,
  periodSlots: readonly number[],
  plan: RolePlan,
  grid: ScoreGrid,
  totalPoints: number,
  perCriterion: boolean,
  bands: readonly Band[],
): RoundOutcome {
  const score = (periodSlot: number, monthId?: string) => {
    const { values, base } = grid.period(personSlot, periodSlot);
    const { criteria, slots } = plan;
    return scoreValues(
      criteria,
      slots,
      grid.levels,
      values,
      base,
      totalPoints,
      round.id,
      monthId,
      perCriterion,
    );
  };
  const periods = round.months
    ? round.months.map((month, i) => score(periodSlots[i], month.id))
    : [score(periodSlots[0])];
  let sum = 0;
  let scored = 0;
  for (const period of periods) {
    if (!period.scored) continue;
    sum += period.total;
    scored++;
  }
  // A round with no scored month (or no month at all) has nothing to average: 0, and it is not scored.
  const total = round.months ? (scored > 0 ? round2(sum / scored) : 0) : periods[0].total;
  const floorsMet = periods.every((period) => !period.scored || period.floorsMet);
  return {
    roundId: round.id,
    periods,
    total,
    floorsMet,
    scored: scored > 0,
    bandId: scored > 0 ? (bandFor(bands, total, floorsMet)?.id ?? null) : null,
  };
}

/** ROUND(Σ weight × total / Σ weight, 2); 0 when the weights add up to nothing (reported by validation). */
export function weightedYearTotal(rounds: readonly ScoringRound[], totals: readonly number[]): number {
  let weighted = 0;
  let weights = 0;
  rounds.forEach((round, i) => {
    weighted += round.weight * totals[i];
    weights += round.weight;
  });
  return weights > 0 ? round2(weighted / weights) : 0;
}

/**
 * Scores every person and tổ from the typed values: the score table when there is one (the fast road for
 * a large school), then the list of inputs (a later value for a cell replaces an earlier one).
 */
export function evaluateScoring(
  roster: SchoolRoster,
  config: ScoringConfig,
  inputs: readonly ScoreInput[],
  options: EvaluateScoringOptions = {},
): ScoringResult {
  const { table, perCriterion = true } = options;
  const grid = new ScoreGrid(roster, config);
  const issues = [
    ...validateScoringConfig(config, roster.roles, unitKindOf(roster)),
    ...validateRoster(roster),
  ];
  if (table) collectScoreTable(grid, table, issues);
  collectScoreInputs(config, grid, inputs, issues);
  const roundPeriods = config.rounds.map((round) =>
    (round.months ? round.months.map((month) => periodKey(round.id, month.id)) : [round.id]).map(
      (key) => grid.periods.get(key) as number,
    ),
  );
  const plans = new Map<string, RolePlan>();
  const people: PersonScoring[] = roster.staff.map((person) => {
    let plan = plans.get(person.roleId);
    if (!plan) {
      const criteria = applicableCriteria(config, person.roleId);
      const slots = Int32Array.from(criteria, (criterion) => grid.criteria.get(criterion.id)?.slot ?? 0);
      plans.set(person.roleId, (plan = { criteria, slots }));
    }
    const personSlot = (grid.people.get(person.id) as PersonSlot).slot;
    const rounds = config.rounds.map((round, r) =>
      scoreRound(
        personSlot,
        round,
        roundPeriods[r],
        plan,
        grid,
        config.totalPoints,
        perCriterion,
        config.bands,
      ),
    );
    const scoredRounds = config.rounds.filter((_, r) => rounds[r].scored);
    const yearTotal = weightedYearTotal(
      scoredRounds,
      rounds.filter((round) => round.scored).map((round) => round.total),
    );
    const floorsMet = rounds.every((round) => round.floorsMet);
    let missingCount = 0;
    let periodCount = 0;
    let scoredPeriods = 0;
    for (const round of rounds) {
      for (const period of round.periods) {
        missingCount += period.missing.length;
        periodCount++;
        if (period.scored) scoredPeriods++;
      }
    }
    const status = scoredPeriods === 0 ? 'unscored' : scoredPeriods < periodCount ? 'partial' : 'complete';
    return {
      personId: person.id,
      teamId: person.teamId,
      rounds,
      yearTotal,
      bandId: status === 'unscored' ? null : (bandFor(config.bands, yearTotal, floorsMet)?.id ?? null),
      floorsMet,
      status,
      rankOverall: 0,
      rankInTeam: 0,
      rankInRole: 0,
      missingCount,
    };
  });
  const totals = people.map((person) => person.yearTotal);
  const overall = competitionRanks(totals);
  const inTeam = groupedCompetitionRanks(
    totals,
    people.map((person) => person.teamId),
  );
  // The role of each unit is the roster's (PersonScoring carries the tổ, not the role).
  const roles = roster.staff.map((person) => person.roleId);
  const inRole = groupedCompetitionRanks(totals, roles);
  people.forEach((person, i) => {
    person.rankOverall = overall[i];
    person.rankInTeam = person.teamId.trim() === '' ? null : inTeam[i];
    person.rankInRole = roles[i].trim() === '' ? null : inRole[i];
  });
  return { people, teams: scoreTeams(roster, people), issues };
}

/** Members, ROUND(mean of members' year totals, 2) and rank among the tổ that have members. */
export function scoreTeams(roster: SchoolRoster, people: readonly PersonScoring[]): TeamScoring[] {
  const teams = roster.teams.map((team) => {
    const members = people.filter((person) => person.teamId === team.id);
    let sum = 0;
    for (const member of members) sum += member.yearTotal;
    return {
      teamId: team.id,
      memberCount: members.length,
      mean: members.length > 0 ? round2(sum / members.length) : null,
      rank: null as number | null,
    };
  });
  const ranked = teams.filter((team) => team.mean !== null);
  const ranks = competitionRanks(ranked.map((team) => team.mean as number));
  ranked.forEach((team, i) => (team.rank = ranks[i]));
  return teams;
}
