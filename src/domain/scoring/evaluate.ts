/**
 * Scores every person and every tổ (DOMAIN.md §4), with the arithmetic the generated sheets use:
 *
 *   period total = ROUND(Σ applicable non-bonus scores × totalPoints / applicable maximum + Σ bonus, 2)
 *   round total  = the period total, or ROUND(mean of its months' totals, 2)
 *   year total   = ROUND(Σ weight × round total / Σ weight, 2)
 *
 * A criterion left blank at every level contributes 0 (and 0 against its floor) and is listed as missing:
 * the sheet shows the same total the domain computes, and the Scores panel says what is still to be typed.
 */
import type { Person, SchoolRoster } from '../school/types';
import { bandFor } from './bands';
import { applicableCriteria, criterionScore, orderedLevels, pickLevel } from './criteria';
import { InputIndex } from './input-index';
import type { PeriodValues } from './input-index';
import { atLeast, round2 } from './numeric';
import { competitionRanks, groupedCompetitionRanks } from './ranks';
import type {
  AssessmentLevel,
  Criterion,
  CriterionOutcome,
  PeriodOutcome,
  PersonScoring,
  RoundOutcome,
  ScoreInput,
  ScoringConfig,
  ScoringResult,
  ScoringRound,
  TeamScoring,
} from './types';
import { validateScoring } from './validate';

export function scorePeriod(
  criteria: readonly Criterion[],
  levels: AssessmentLevel[],
  values: PeriodValues | undefined,
  totalPoints: number,
  roundId: string,
  monthId?: string,
): PeriodOutcome {
  const outcomes: CriterionOutcome[] = [];
  const missing: string[] = [];
  let rawSum = 0;
  let maxSum = 0;
  let bonus = 0;
  let floorsMet = true;
  for (const criterion of criteria) {
    const picked = pickLevel(levels, values?.get(criterion.id) ?? []);
    const score = picked ? criterionScore(criterion, picked.typed) : null;
    const belowFloor =
      criterion.kind !== 'bonus' && criterion.floor !== undefined && !atLeast(score ?? 0, criterion.floor);
    // A blank bonus means no bonus, not a score still to type.
    if (!picked && criterion.kind !== 'bonus') missing.push(criterion.id);
    if (belowFloor) floorsMet = false;
    if (criterion.kind === 'bonus') bonus += score ?? 0;
    else {
      rawSum += score ?? 0;
      maxSum += criterion.max;
    }
    outcomes.push({
      criterionId: criterion.id,
      level: picked?.level ?? null,
      typed: picked?.typed ?? null,
      score,
      belowFloor,
    });
  }
  const normalised = maxSum > 0 ? (rawSum * totalPoints) / maxSum : 0;
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
  };
}

function scoreRound(
  person: Person,
  round: ScoringRound,
  criteria: readonly Criterion[],
  levels: AssessmentLevel[],
  index: InputIndex,
  totalPoints: number,
): RoundOutcome {
  const periods = round.months
    ? round.months.map((month) =>
        scorePeriod(
          criteria,
          levels,
          index.period(person.id, round.id, month.id),
          totalPoints,
          round.id,
          month.id,
        ),
      )
    : [scorePeriod(criteria, levels, index.period(person.id, round.id), totalPoints, round.id)];
  let sum = 0;
  for (const period of periods) sum += period.total;
  // A monthly round without months has nothing to average: 0, as the sheet's IFERROR gives.
  const total = round.months ? (periods.length > 0 ? round2(sum / periods.length) : 0) : periods[0].total;
  return { roundId: round.id, periods, total, floorsMet: periods.every((period) => period.floorsMet) };
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

export function evaluateScoring(
  roster: SchoolRoster,
  config: ScoringConfig,
  inputs: readonly ScoreInput[],
): ScoringResult {
  const issues = validateScoring(roster, config, inputs);
  const index = new InputIndex(config, inputs);
  const levels = orderedLevels(config);
  const criteriaByRole = new Map<string, Criterion[]>();
  const people: PersonScoring[] = roster.staff.map((person) => {
    let criteria = criteriaByRole.get(person.roleId);
    if (!criteria) criteriaByRole.set(person.roleId, (criteria = applicableCriteria(config, person.roleId)));
    const rounds = config.rounds.map((round) =>
      scoreRound(person, round, criteria, levels, index, config.totalPoints),
    );
    const yearTotal = weightedYearTotal(
      config.rounds,
      rounds.map((round) => round.total),
    );
    const floorsMet = rounds.every((round) => round.floorsMet);
    let missingCount = 0;
    for (const round of rounds) for (const period of round.periods) missingCount += period.missing.length;
    return {
      personId: person.id,
      teamId: person.teamId,
      rounds,
      yearTotal,
      bandId: bandFor(config.bands, yearTotal, floorsMet)?.id ?? null,
      floorsMet,
      rankOverall: 0,
      rankInTeam: 0,
      missingCount,
    };
  });
  const totals = people.map((person) => person.yearTotal);
  const overall = competitionRanks(totals);
  const inTeam = groupedCompetitionRanks(
    totals,
    people.map((person) => person.teamId),
  );
  people.forEach((person, i) => {
    person.rankOverall = overall[i];
    person.rankInTeam = person.teamId.trim() === '' ? null : inTeam[i];
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
