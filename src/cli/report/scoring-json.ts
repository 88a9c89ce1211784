/**
 * The scoring part of `thidua evaluate --json`. Each person gets every figure the sheets show (the totals
 * of each period, round and the year, the band, the ranks, the floors and what is still blank) without
 * the outcome of every single criterion: those repeat the values of the case file and would make the
 * output twenty times the size of a large school's file. `--detail` adds them.
 */
import type { PeriodOutcome, PersonScoring, ScoringResult } from '../../domain/scoring';
import { STATUS_TEXT } from '../../layout/scoring/year-summary-sheet';

function withoutCriteria(period: PeriodOutcome): Omit<PeriodOutcome, 'criteria'> {
  const { criteria: _criteria, ...figures } = period;
  return figures;
}

/**
 * A person as the sheets show them: nothing typed yet ("Chưa chấm") has no year total, band or rank (null,
 * not the 0 and last place the domain computes for ordering); a partial year says "Tạm tính"; a round not
 * scored has no total. `status` stays for programs.
 */
function shown(person: PersonScoring, detail: boolean) {
  const unscored = person.status === 'unscored';
  return {
    ...person,
    rounds: person.rounds.map((round) => ({
      ...round,
      total: round.scored ? round.total : null,
      periods: detail ? round.periods : round.periods.map(withoutCriteria),
    })),
    yearTotal: unscored ? null : person.yearTotal,
    bandId: unscored ? null : person.bandId,
    rankOverall: unscored ? null : person.rankOverall,
    rankInTeam: unscored ? null : person.rankInTeam,
    rankInRole: unscored ? null : person.rankInRole,
    statusText: STATUS_TEXT[person.status],
  };
}

/** `scoring` evaluated with per-criterion outcomes when `detail`, as a summary otherwise. */
export function scoringJson(scoring: ScoringResult, detail: boolean) {
  return { people: scoring.people.map((person) => shown(person, detail)), teams: scoring.teams };
}
