/**
 * evaluateScoring reads the typed values from a flat grid. These properties hold it to the road it
 * replaced (InputIndex's nested maps and scorePeriod, still public), on messy random schools.
 */
import fc from 'fast-check';
import {
  applicableCriteria,
  bandFor,
  competitionRanks,
  evaluateScoring,
  groupedCompetitionRanks,
  InputIndex,
  orderedLevels,
  round2,
  scorePeriod,
  scoreTeams,
  validateScoring,
  weightedYearTotal,
} from '../../../src/domain/scoring';
import type { PersonScoring, RoundOutcome, ScoreInput, ScoringConfig } from '../../../src/domain/scoring';
import type { SchoolRoster } from '../../../src/domain/school/types';
import { messySchoolArb } from './messy-school';

/** The scoring as it was computed before the grid: person → period → criterion maps. */
function mapScoring(roster: SchoolRoster, config: ScoringConfig, inputs: ScoreInput[]) {
  const index = new InputIndex(config, inputs);
  const levels = orderedLevels(config);
  const people: PersonScoring[] = roster.staff.map((person) => {
    const criteria = applicableCriteria(config, person.roleId);
    const rounds: RoundOutcome[] = config.rounds.map((round) => {
      const periods = round.months
        ? round.months.map((month) =>
            scorePeriod(
              criteria,
              levels,
              index.period(person.id, round.id, month.id),
              config.totalPoints,
              round.id,
              month.id,
            ),
          )
        : [scorePeriod(criteria, levels, index.period(person.id, round.id), config.totalPoints, round.id)];
      // Only scored periods count (issue 11): a month with nothing typed is no month of zeros.
      const counted = periods.filter((p) => p.scored);
      const sum = counted.reduce((s, p) => s + p.total, 0);
      const total = round.months ? (counted.length > 0 ? round2(sum / counted.length) : 0) : periods[0].total;
      const roundFloors = counted.every((p) => p.floorsMet);
      const scored = counted.length > 0;
      return {
        roundId: round.id,
        periods,
        total,
        floorsMet: roundFloors,
        scored,
        bandId: scored ? (bandFor(config.bands, total, roundFloors)?.id ?? null) : null,
      };
    });
    const yearTotal = weightedYearTotal(
      config.rounds.filter((_, r) => rounds[r].scored),
      rounds.filter((r) => r.scored).map((r) => r.total),
    );
    const floorsMet = rounds.every((r) => r.floorsMet);
    const periods = rounds.flatMap((r) => r.periods);
    const scoredCount = periods.filter((p) => p.scored).length;
    const status = scoredCount === 0 ? 'unscored' : scoredCount < periods.length ? 'partial' : 'complete';
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
      missingCount: rounds.reduce((n, r) => n + r.periods.reduce((m, p) => m + p.missing.length, 0), 0),
    };
  });
  const totals = people.map((p) => p.yearTotal);
  const overall = competitionRanks(totals);
  const inTeam = groupedCompetitionRanks(
    totals,
    people.map((p) => p.teamId),
  );
  const roles = roster.staff.map((person) => person.roleId);
  const inRole = groupedCompetitionRanks(totals, roles);
  people.forEach((p, i) => {
    p.rankOverall = overall[i];
    p.rankInTeam = p.teamId.trim() === '' ? null : inTeam[i];
    p.rankInRole = roles[i].trim() === '' ? null : inRole[i];
  });
  return { people, teams: scoreTeams(roster, people) };
}

test('property: the grid gives every figure the nested maps gave, duplicates and unknown ids included', () => {
  fc.assert(
    fc.property(messySchoolArb, ({ roster, config, inputs }) => {
      const { people, teams } = evaluateScoring(roster, config, inputs);
      expect({ people, teams }).toEqual(mapScoring(roster, config, inputs));
    }),
    { numRuns: 400 },
  );
});

test('property: evaluating reports exactly what validating reports, in the same order', () => {
  fc.assert(
    fc.property(messySchoolArb, ({ roster, config, inputs }) => {
      expect(evaluateScoring(roster, config, inputs).issues).toEqual(validateScoring(roster, config, inputs));
    }),
    { numRuns: 200 },
  );
});

test('property: a summary (perCriterion false) has the same figures, without per-criterion outcomes', () => {
  fc.assert(
    fc.property(messySchoolArb, ({ roster, config, inputs }) => {
      const full = evaluateScoring(roster, config, inputs);
      const summary = evaluateScoring(roster, config, inputs, { perCriterion: false });
      const stripped = full.people.map((p) => ({
        ...p,
        rounds: p.rounds.map((r) => ({
          ...r,
          periods: r.periods.map((period) => ({ ...period, criteria: [] })),
        })),
      }));
      expect(summary.people).toEqual(stripped);
      expect(summary.teams).toEqual(full.teams);
      expect(summary.issues).toEqual(full.issues);
    }),
    { numRuns: 200 },
  );
});
