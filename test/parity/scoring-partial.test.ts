/**
 * Partial years (issue 11): before any score the sheets show no total, band or rank ("Chưa chấm") where
 * they showed 0,00 KHTNV ranked 1; with only Đợt 1 scored the year is Đợt 1's total, "Tạm tính", where it
 * was divided by every round's weight (89,50 showing as 29,83 KHTNV). Sheets and engine agree.
 */
import { sampleSchoolCase } from '../../src/domain/sample';
import { evaluateScoring } from '../../src/domain/scoring';
import type { ScoreInput } from '../../src/domain/scoring';
import { buildScoringWorkbook, readScoringResults } from '../../src/layout/scoring';
import { evaluateWorkbook } from '../support/hyperformula';
import { shownOnYearSummary } from './scoring-rows';

const sample = sampleSchoolCase();

function both(inputs: ScoreInput[]) {
  const engine = evaluateScoring(sample.roster, sample.config, inputs);
  const { spec, map } = buildScoringWorkbook(sample.roster, sample.config, inputs);
  const sheet = readScoringResults(evaluateWorkbook(spec), map);
  expect(sheet.issues).toEqual([]);
  expect(sheet.people).toEqual(engine.people.map(shownOnYearSummary));
  return { engine, sheet };
}

test('before any score: blank totals, bands and ranks, "Chưa chấm", for everyone', () => {
  const { sheet } = both([]);
  for (const person of sheet.people) {
    expect(person).toMatchObject({
      yearTotal: null,
      bandId: null,
      rankOverall: null,
      rankInTeam: null,
      status: 'unscored',
    });
  }
});

test('only Đợt 1 scored: the year is Đợt 1 so far, "Tạm tính", with its band', () => {
  const firstRound = sample.scores.filter((input) => input.roundId === sample.config.rounds[0].id);
  const { engine, sheet } = both(firstRound);
  const scored = engine.people.filter((p) => p.status !== 'unscored');
  expect(scored.length).toBeGreaterThan(50);
  for (const person of scored) {
    expect(person.status).toBe('partial');
    expect(person.yearTotal).toBe(person.rounds[0].total);
    expect(person.rounds[0].bandId).toBe(person.bandId);
    expect(person.rounds[1]).toMatchObject({ scored: false, bandId: null });
  }
  expect(sheet.people.filter((p) => p.status === 'partial')).toHaveLength(scored.length);
});
