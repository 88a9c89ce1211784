/**
 * Names are only shown, never used as a criterion or a lookup value (issue 9): tổ and person names that
 * COUNTIF would read as wildcards or operators, that look like formulas, that are very long or decomposed
 * (NFD) give the same members, means and ranks in the live sheets as in the engine.
 */
import fc from 'fast-check';
import { evaluateScoring } from '../../src/domain/scoring';
import type { ScoringResult } from '../../src/domain/scoring';
import type { SheetScoringResults } from '../../src/layout/scoring';
import type { SchoolRoster } from '../../src/domain/school/types';
import { buildScoringWorkbook, readScoringResults, readScoringWorkbook } from '../../src/layout/scoring';
import { schoolCaseArb } from '../layout/scoring/random-school';
import { formulaWorkbook, valuesOf, writtenWorkbook } from './scoring-rows';

const ADVERSARIAL = [
  '*',
  '?',
  '~',
  '=',
  '<>',
  '>=5',
  "'Tổ 1",
  `Tổ ${'Ngữ văn – '.repeat(20)}`.slice(0, 200),
  'Tổ Toán – Tin'.normalize('NFD'),
  'Nguyễn Thị Hà'.normalize('NFD'),
  '=HYPERLINK("x")',
  'Tổ *',
  'Tổ ?',
  'Tổ 1',
];

/** Ranks per person and members, mean and rank per tổ, from the engine or from the sheets. */
function figures(result: ScoringResult | SheetScoringResults) {
  return {
    // Before any score the sheets show no rank (the engine flags the person "unscored").
    people: result.people.map((p) =>
      p.status === 'unscored' ? [p.personId, null, null] : [p.personId, p.rankOverall, p.rankInTeam],
    ),
    teams: result.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank]),
  };
}

test('adversarial tổ and person names: the live sheets count, average and rank as the engine does', () => {
  fc.assert(
    fc.property(
      schoolCaseArb,
      fc.array(fc.constantFrom(...ADVERSARIAL), { minLength: 3, maxLength: 3 }),
      fc.array(fc.constantFrom(...ADVERSARIAL), { minLength: 5, maxLength: 5 }),
      ({ roster, config, inputs }, teamNames, personNames) => {
        const named: SchoolRoster = {
          ...roster,
          teams: roster.teams.map((team, i) => ({ ...team, name: teamNames[i] })),
          staff: roster.staff.map((person, i) => ({ ...person, fullName: personNames[i] })),
        };
        const engine = evaluateScoring(named, config, inputs);
        const built = buildScoringWorkbook(named, config, inputs);
        const values = valuesOf(formulaWorkbook(writtenWorkbook(built.spec), built.spec.names));
        const sheet = readScoringResults(values, built.map);
        expect(sheet.issues).toEqual([]);
        expect(figures(sheet)).toEqual(figures(engine));
        // The sheets show each tổ its own name, looked up by mã tổ.
        const teamSheet = values[built.map.sheets.teamSummary];
        for (const team of named.teams) {
          const shown = teamSheet[built.map.teamSummary.rows[team.id]][built.map.teamSummary.columns.name];
          expect(String(shown).replace(/^'/, '')).toBe(team.name.replace(/^'/, ''));
        }
        // And the workbook reads back to the same results.
        const read = readScoringWorkbook(values);
        expect(figures(evaluateScoring(read.roster, read.config, read.inputs))).toEqual(figures(engine));
      },
    ),
    { numRuns: 25 },
  );
});
