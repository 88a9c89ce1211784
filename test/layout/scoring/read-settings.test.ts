import { evaluateScoring } from '../../../src/domain/scoring';
import type { CellValue, WorkbookSpec } from '../../../src/layout/grid';
import { parseCellAddress } from '../../../src/layout/a1';
import {
  buildScoringWorkbook,
  readScoringResults,
  readScoringSettings,
  ROUNDS_TABLE,
  BANDS_TABLE,
  QUY_CHE_KEYS,
} from '../../../src/layout/scoring';
import { evaluateWorkbook } from '../../support/hyperformula';
import { config, constants, inputs, school } from './helpers';

const built = buildScoringWorkbook(school, config, inputs);
const { map } = built;

/** The user types over settings cells; formulas follow on their own. */
function edit(spec: WorkbookSpec, sheet: string, row: number, col: number, value: CellValue): WorkbookSpec {
  const copy = structuredClone(spec);
  const target = copy.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(sheet);
  target.cells[row][col] = { value };
  return copy;
}

test('nothing edited: the built config comes back unchanged', () => {
  expect(readScoringSettings(constants(built.spec), map, config)).toEqual({ config, issues: [] });
});

test('weights, total points, band minimum, floors flag, maximum, step and floor edited on the sheets', () => {
  let spec = built.spec;
  const rounds = map.quyChe.tables[ROUNDS_TABLE];
  const bands = map.quyChe.tables[BANDS_TABLE];
  spec = edit(spec, 'Quy chế', rounds.rows['dot-2'], rounds.columns[4], 3);
  spec = edit(spec, 'Quy chế', parseCellAddress(map.quyChe.entries[QUY_CHE_KEYS.totalPoints]).row, 2, 50);
  spec = edit(spec, 'Quy chế', bands.rows.HTTNV, bands.columns[2], '65,5');
  spec = edit(spec, 'Quy chế', bands.rows.HTXSNV, bands.columns[3], 'không');
  spec = edit(spec, 'Tiêu chí', map.criteriaRows['1.1'], map.criteriaColumns.max, 12);
  spec = edit(spec, 'Tiêu chí', map.criteriaRows['7.1'], map.criteriaColumns.step, 2);
  spec = edit(spec, 'Tiêu chí', map.criteriaRows['1.2'], map.criteriaColumns.floor, null);
  const read = readScoringSettings(constants(spec), map, config);
  expect(read.issues).toEqual([]);
  expect(read.config.rounds.map((r) => r.weight)).toEqual([1, 3]);
  expect(read.config.totalPoints).toBe(50);
  expect(read.config.bands.map((b) => [b.min, b.requiresFloors])).toEqual([
    [90, false],
    [65.5, false],
    [50, false],
    [0, false],
  ]);
  const criterion = (id: string) => read.config.criteria.find((c) => c.id === id);
  expect(criterion('1.1')?.max).toBe(12);
  expect(criterion('7.1')?.deductionStep).toBe(2);
  expect(criterion('1.2')?.floor).toBeUndefined();

  // The edited sheets and the domain on the edited config still agree.
  const sheet = readScoringResults(evaluateWorkbook(spec), map);
  const domain = evaluateScoring(school, read.config, inputs);
  expect(sheet.people.map((p) => [p.yearTotal, p.bandId, p.rankOverall])).toEqual(
    domain.people.map((p) =>
      p.status === 'unscored' ? [null, null, null] : [p.yearTotal, p.bandId, p.rankOverall],
    ),
  );
});

test('a setting that is not a number keeps the built value and is reported with its cell', () => {
  const rounds = map.quyChe.tables[ROUNDS_TABLE];
  const spec = edit(built.spec, 'Quy chế', rounds.rows['dot-1'], rounds.columns[4], 'một');
  const read = readScoringSettings(constants(spec), map, config);
  expect(read.config.rounds[0].weight).toBe(1);
  expect(read.issues).toEqual([
    expect.objectContaining({
      code: 'settings.not-a-number',
      location: { sheet: 'Quy chế', address: expect.stringMatching(/^F\d+$/) },
    }),
  ]);
  expect(read.issues[0].message).toContain('(trọng số Đợt 1): "một" không phải là số hợp lệ');
});

test('a floor added where the template had none is not applied and the user is told to rebuild', () => {
  const spec = edit(built.spec, 'Tiêu chí', map.criteriaRows['2.1'], map.criteriaColumns.floor, 5);
  const read = readScoringSettings(constants(spec), map, config);
  expect(read.config.criteria.find((c) => c.id === '2.1')?.floor).toBeUndefined();
  expect(read.issues.map((i) => i.code)).toEqual(['settings.floor-added']);
});
