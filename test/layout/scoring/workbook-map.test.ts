import fc from 'fast-check';
import { sampleFullCase } from '../../../src/domain/sample';
import { buildScoringWorkbook } from '../../../src/layout/scoring';
import { workbookNames } from '../../../src/layout/scoring/names';
import type { ScoringWorkbookMap } from '../../../src/layout/scoring';
import { scoringWorkbookMap } from '../../../src/layout/scoring/workbook-map';
import { schoolCaseArb } from './random-school';

const sheetNamesOf = (map: ScoringWorkbookMap) => ({
  ...map.sheets,
  periods: map.scoreSheets.map((s) => s.sheetName),
});

describe('the map without formulas is the map the builder returns', () => {
  it('seed 000: 61 staff, two rounds', () => {
    const { roster, scoring } = sampleFullCase();
    const built = buildScoringWorkbook(roster, scoring.config, scoring.inputs);
    const names = workbookNames([], false);
    expect(scoringWorkbookMap(roster, scoring.config, sheetNamesOf(built.map), names)).toEqual(built.map);
  });

  it('any school: monthly rounds, custom roles, no staff, criteria out of order', () => {
    fc.assert(
      fc.property(schoolCaseArb, ({ roster, config }) => {
        const built = buildScoringWorkbook(roster, config, [], { existingNames: ['TD_TongDiem'] });
        const names = workbookNames(['TD_TongDiem'], false);
        expect(scoringWorkbookMap(roster, config, sheetNamesOf(built.map), names)).toEqual(built.map);
      }),
      { numRuns: 40 },
    );
  });
});
