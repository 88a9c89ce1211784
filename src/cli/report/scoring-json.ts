/**
 * The scoring part of `thidua evaluate --json`. Each person gets every figure the sheets show (the totals
 * of each period, round and the year, the band, the ranks, the floors and what is still blank) without
 * the outcome of every single criterion: those repeat the values of the case file and would make the
 * output twenty times the size of a large school's file. `--detail` adds them.
 */
import type { PeriodOutcome, PersonScoring, ScoringResult } from '../../domain/scoring';

function withoutCriteria(period: PeriodOutcome): Omit<PeriodOutcome, 'criteria'> {
  const { criteria: _criteria, ...figures } = period;
  return figures;
}

function personSummary(person: PersonScoring) {
  return {
    ...person,
    rounds: person.rounds.map((round) => ({ ...round, periods: round.periods.map(withoutCriteria) })),
  };
}

/** `scoring` evaluated with per-criterion outcomes when `detail`, as a summary otherwise. */
export function scoringJson(scoring: ScoringResult, detail: boolean) {
  return { people: detail ? scoring.people : scoring.people.map(personSummary), teams: scoring.teams };
}
