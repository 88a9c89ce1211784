/**
 * The workbook is the database: a scoring workbook read back from its sheets' values alone gives the
 * school, the settings and the typed scores it was built from, and the same results.
 */
import fc from 'fast-check';
import { sampleSchoolCase } from '../../../src/domain/sample';
import { applicableCriteria, evaluateScoring, InputIndex, orderedLevels } from '../../../src/domain/scoring';
import type { ScoreInput, ScoringConfig, ScoringResult } from '../../../src/domain/scoring';
import type { SchoolRoster } from '../../../src/domain/school/types';
import { cellAddress, parseCellAddress } from '../../../src/layout/a1';
import type { CellValue, WorkbookSpec } from '../../../src/layout/grid';
import { readQuyCheEntries } from '../../../src/layout/quy-che';
import {
  buildScoringWorkbook,
  criteriaInSheetOrder,
  readScoringResults,
  readScoringWorkbook,
  ROUNDS_TABLE,
  scoringPeriods,
  SHEETS_SECTION_TITLE,
} from '../../../src/layout/scoring';
import type { ScoringWorkbookContents } from '../../../src/layout/scoring';
import { constants } from './helpers';
import { evaluateWorkbook } from '../../support/hyperformula';
import { schoolCaseArb } from './random-school';
import type { SchoolCase } from './random-school';

/**
 * What a workbook can hold of a case (read-workbook.ts lists it): criteria in the order of "Tiêu chí",
 * a step only for deductions and no floor on a bonus, levels lowest first, the values the sheets show.
 */
function asTheSheetsHoldIt({ roster, config, inputs }: SchoolCase): SchoolCase {
  const criteria = criteriaInSheetOrder(config).map((criterion) => {
    const copy = { ...criterion };
    if (copy.kind !== 'deduction') delete copy.deductionStep;
    if (copy.kind === 'bonus') delete copy.floor;
    return copy;
  });
  const held: ScoringConfig = { ...config, criteria, levels: orderedLevels(config) };
  const index = new InputIndex(held, inputs);
  const shown: ScoreInput[] = [];
  for (const person of roster.staff) {
    for (const { round, month } of scoringPeriods(held)) {
      const values = index.period(person.id, round.id, month?.id);
      for (const criterion of applicableCriteria(held, person.roleId)) {
        orderedLevels(held).forEach((level, i) => {
          const value = values?.get(criterion.id)?.[i];
          if (value === undefined) return;
          shown.push({
            personId: person.id,
            roundId: round.id,
            ...(month ? { monthId: month.id } : {}),
            criterionId: criterion.id,
            level,
            value,
          });
        });
      }
    }
  }
  return { roster, config: held, inputs: shown };
}

/** Inputs without the cells they were read from, in a stable order. */
function plain(inputs: readonly ScoreInput[]): ScoreInput[] {
  const key = (i: ScoreInput) => [i.personId, i.roundId, i.monthId ?? '', i.criterionId, i.level].join('|');
  return inputs
    .map(({ locator: _locator, ...input }) => input)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Results without the wording of issues (messages read from cells name those cells). */
function results(result: ScoringResult) {
  return {
    people: result.people,
    teams: result.teams,
    issues: result.issues.map((issue) => `${issue.severity} ${issue.code}`).sort(),
  };
}

/** Built, read back from `grid`, and compared with the case as the sheets hold it. */
function expectRoundTrip(original: SchoolCase, grid: (spec: WorkbookSpec) => Record<string, CellValue[][]>) {
  const built = buildScoringWorkbook(original.roster, original.config, original.inputs);
  const read = readScoringWorkbook(grid(built.spec));
  const held = asTheSheetsHoldIt(original);
  expect(read.issues).toEqual([]);
  expect(read.roster).toEqual(held.roster);
  expect(read.config).toEqual(held.config);
  expect(read.map).toEqual(built.map);
  expect(plain(read.inputs)).toEqual(plain(held.inputs));
  expect(results(evaluateScoring(read.roster, read.config, read.inputs))).toEqual(
    results(evaluateScoring(original.roster, held.config, held.inputs)),
  );
  return read;
}

/** The user types over a cell of a built workbook. */
function edit(spec: WorkbookSpec, sheet: string, row: number, col: number, value: CellValue): WorkbookSpec {
  const copy = structuredClone(spec);
  const target = copy.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  while (target.cells.length <= row) target.cells.push([]);
  target.cells[row][col] = { value };
  return copy;
}

function renameSheet(values: Record<string, CellValue[][]>, from: string, to: string) {
  const { [from]: sheet, ...rest } = values;
  return { ...rest, [to]: sheet };
}

const codes = (read: ScoringWorkbookContents) => read.issues.map((issue) => issue.code);

describe('the sample school (61 staff, 8 tổ, two rounds) reads back from its workbook', () => {
  const sample = sampleSchoolCase();
  const original = { roster: sample.roster, config: sample.config, inputs: sample.scores };

  test('from the typed values alone (formulas unevaluated)', () => {
    const read = expectRoundTrip(original, constants);
    expect(read.roster.staff).toHaveLength(61);
    expect(read.roster.teams).toHaveLength(8);
    expect(read.config).toEqual(sample.config);
    expect(read.inputs[0].locator).toEqual({ sheet: 'Đợt 1', address: expect.stringMatching(/^[A-Z]+6$/) });
  });

  test('from the values Excel shows (formulas evaluated)', () => {
    expectRoundTrip(original, evaluateWorkbook);
  });
});

test('random small schools read back from their workbooks, with the same results', () => {
  fc.assert(
    fc.property(schoolCaseArb, (school) => {
      expectRoundTrip(school, constants);
      expectRoundTrip(school, evaluateWorkbook);
    }),
    { numRuns: 30 },
  );
});

describe('sheet names chosen at build time are recorded on "Quy chế"', () => {
  const sample = sampleSchoolCase();
  const second = buildScoringWorkbook(sample.roster, sample.config, sample.scores, {
    existingSheetNames: ['Đợt 1', 'Danh sách'],
    existingNames: ['TD_TongDiem'],
  });

  test('"Đợt 1 (2)" and "Danh sách (2)" are listed under "Các trang tính của Thi Đua"', () => {
    const quyChe = constants(second.spec)['Quy chế'];
    expect(quyChe.some((row) => row[0] === SHEETS_SECTION_TITLE)).toBe(true);
    const entries = readQuyCheEntries(quyChe);
    expect(entries.get('sheet.staff')).toBe('Danh sách (2)');
    expect(entries.get('sheet.period.1')).toBe('Đợt 1 (2)');
    expect(entries.get('sheet.period.2')).toBe('Đợt 2');
    expect(entries.get('sheet.totalPointsName')).toBe('TD_TongDiem_2');
  });

  test('a workbook whose round sheet is "Đợt 1 (2)" reads from that sheet, not from the older "Đợt 1"', () => {
    // The older template's sheets are still in the workbook, with other values.
    const older = constants(buildScoringWorkbook(sample.roster, sample.config, []).spec);
    const values = { 'Đợt 1': older['Đợt 1'], 'Danh sách': older['Danh sách'], ...constants(second.spec) };
    const read = readScoringWorkbook(values);
    expect(read.issues).toEqual([]);
    expect(read.map).toEqual(second.map);
    expect(read.map.scoreSheets[0].sheetName).toBe('Đợt 1 (2)');
    expect(plain(read.inputs)).toEqual(
      plain(asTheSheetsHoldIt({ ...original(), inputs: sample.scores }).inputs),
    );
    expect(read.inputs.find((i) => i.roundId === 'dot-1')?.locator?.sheet).toBe('Đợt 1 (2)');
  });

  test('a round sheet renamed by the user: reported at the "Quy chế" cell until the new name is written there', () => {
    const values = renameSheet(constants(second.spec), 'Đợt 2', 'HK II');
    const stale = readScoringWorkbook(values);
    const issue = stale.issues.find((i) => i.code === 'workbook.sheet-missing');
    expect(issue?.message).toContain('Không tìm thấy trang "Đợt 2"');
    expect(issue?.location?.sheet).toBe('Quy chế');
    expect(stale.inputs.some((i) => i.roundId === 'dot-2')).toBe(false);
    expect(stale.inputs.some((i) => i.roundId === 'dot-1')).toBe(true);

    const { row, col } = parseCellAddress(issue?.location?.address ?? '');
    const quyChe = values['Quy chế'].map((r) => [...r]);
    quyChe[row][col] = 'HK II';
    const fixed = readScoringWorkbook({ ...values, 'Quy chế': quyChe });
    expect(fixed.issues).toEqual([]);
    expect(fixed.map.scoreSheets[1].sheetName).toBe('HK II');
    expect(plain(fixed.inputs)).toEqual(plain(readScoringWorkbook(constants(second.spec)).inputs));
  });

  function original() {
    return { roster: sample.roster, config: sample.config, inputs: [] };
  }
});

test('a second template is read through its own "Quy chế (2)"', () => {
  const sample = sampleSchoolCase();
  const first = constants(buildScoringWorkbook(sample.roster, sample.config, []).spec);
  const built = buildScoringWorkbook(sample.roster, sample.config, sample.scores, {
    existingSheetNames: Object.keys(first),
  });
  const values = { ...first, ...constants(built.spec) };
  expect(readScoringWorkbook(values).inputs).toEqual([]);
  const read = readScoringWorkbook(values, { quyCheSheet: 'Quy chế (2)' });
  expect(read.issues).toEqual([]);
  expect(read.map).toEqual(built.map);
  expect(read.inputs).toHaveLength(
    readScoringWorkbook(constants(built.spec), { quyCheSheet: 'Quy chế (2)' }).inputs.length,
  );
});

describe('a workbook not made by Thi Đua', () => {
  test('without "Quy chế": one clear issue, nothing read', () => {
    const sample = sampleSchoolCase();
    const { 'Quy chế': _quyChe, ...values } = constants(
      buildScoringWorkbook(sample.roster, sample.config, []).spec,
    );
    const read = readScoringWorkbook(values);
    expect(read.issues).toEqual([
      {
        code: 'workbook.quy-che-missing',
        severity: 'error',
        message: expect.stringContaining(
          'Không tìm thấy trang "Quy chế" trong sổ: sổ này không phải do Thi Đua tạo',
        ),
      },
    ]);
    expect(read.roster.staff).toEqual([]);
    expect(read.inputs).toEqual([]);
  });

  test('a "Quy chế (2)" left alone is pointed out', () => {
    const read = readScoringWorkbook({ 'Quy chế (2)': [], Sheet1: [] });
    expect(read.issues[0].message).toContain('Sổ có trang "Quy chế (2)"');
  });

  test('a sheet named "Quy chế" without Thi Đua settings', () => {
    const read = readScoringWorkbook({ 'Quy chế': [['Quy chế chi tiêu nội bộ'], ['Điều 1', 'Phạm vi']] });
    expect(codes(read)).toEqual(['workbook.not-thi-dua']);
    expect(read.issues[0].message).toContain('không phải do Thi Đua tạo');
  });
});

describe('settings edited on the sheets are honoured', () => {
  const sample = sampleSchoolCase();
  const built = buildScoringWorkbook(sample.roster, sample.config, sample.scores);
  const rounds = built.map.quyChe.tables[ROUNDS_TABLE];

  test('Đợt 2 weighted 3 instead of 2 on "Quy chế": read, and the domain agrees with the sheets', () => {
    const spec = edit(built.spec, 'Quy chế', rounds.rows['dot-2'], rounds.columns[4], 3);
    const read = readScoringWorkbook(constants(spec));
    expect(read.issues).toEqual([]);
    expect(read.config.rounds.map((round) => round.weight)).toEqual([1, 3]);
    const domain = evaluateScoring(read.roster, read.config, read.inputs);
    const sheet = readScoringResults(evaluateWorkbook(spec), read.map);
    expect(sheet.people.map((p) => [p.yearTotal, p.bandId, p.rankOverall])).toEqual(
      domain.people.map((p) => [p.yearTotal, p.bandId, p.rankOverall]),
    );
    const before = evaluateScoring(sample.roster, sample.config, sample.scores);
    expect(domain.people.map((p) => p.yearTotal)).not.toEqual(before.people.map((p) => p.yearTotal));
  });

  test('a maximum, step and floor edited on "Tiêu chí" are read as typed ("12", "2", blank)', () => {
    let spec = edit(
      built.spec,
      'Tiêu chí',
      built.map.criteriaRows['1.1'],
      built.map.criteriaColumns.max,
      '12',
    );
    spec = edit(spec, 'Tiêu chí', built.map.criteriaRows['7.1'], built.map.criteriaColumns.step, 2);
    spec = edit(spec, 'Tiêu chí', built.map.criteriaRows['1.2'], built.map.criteriaColumns.floor, null);
    const read = readScoringWorkbook(constants(spec));
    const criterion = (id: string) => read.config.criteria.find((c) => c.id === id);
    expect(criterion('1.1')?.max).toBe(12);
    expect(criterion('7.1')?.deductionStep).toBe(2);
    expect(criterion('1.2')?.floor).toBeUndefined();
  });

  test('a weight that is not a number: reported with its cell, the round counted 0 as the sheet does', () => {
    const [row, col] = [rounds.rows['dot-1'], rounds.columns[4]];
    const spec = edit(built.spec, 'Quy chế', row, col, 'một');
    const read = readScoringWorkbook(constants(spec));
    expect(read.config.rounds[0].weight).toBe(0);
    const address = cellAddress(row, col);
    expect(address).toMatch(/^F\d+$/);
    expect(read.issues).toEqual([
      {
        code: 'settings.not-a-number',
        severity: 'error',
        message: `Ô ${address} trang "Quy chế": Trọng số Đợt 1 "một" không phải là số hợp lệ nên tạm tính là 0. Hãy nhập một số từ 0 trở lên.`,
        location: { sheet: 'Quy chế', address },
      },
    ]);
  });
});

describe('cells that cannot be read are reported with sheet and cell, never dropped in silence', () => {
  const sample = sampleSchoolCase();
  const built = buildScoringWorkbook(sample.roster, sample.config, sample.scores);
  const staffRow = built.map.staffRows['BH2-004'];

  test('a gender, a role, a birth date and a kind nobody can read', () => {
    let spec = edit(built.spec, 'Danh sách', staffRow, 3, 'X');
    spec = edit(spec, 'Danh sách', staffRow, 6, 'Giáo viên thể dục');
    spec = edit(spec, 'Danh sách', staffRow, 4, '31/02/1978');
    spec = edit(spec, 'Tiêu chí', built.map.criteriaRows['2.1'], 2, 'Cộng điểm');
    const read = readScoringWorkbook(constants(spec));
    const row = staffRow + 1;
    expect(read.issues.slice(0, 4).map((i) => [i.code, i.location?.sheet, i.location?.address])).toEqual([
      ['staff.gender-unreadable', 'Danh sách', `D${row}`],
      ['staff.unknown-code', 'Danh sách', `G${row}`],
      ['settings.not-a-date', 'Danh sách', `E${row}`],
      ['criteria.unknown-kind', 'Tiêu chí', `C${built.map.criteriaRows['2.1'] + 1}`],
    ]);
    expect(read.issues[0].message).toBe(
      `Ô D${row} trang "Danh sách": giới tính "X" của Huỳnh Thị Mỹ Linh (mã BH2-004) không đọc được nên tạm ghi là Nam. Hãy ghi "Nam" hoặc "Nữ".`,
    );
    // With a role nobody knows, no role-bound criterion applies: the scores typed for her are reported.
    const rest = read.issues.slice(4);
    expect(rest.length).toBeGreaterThan(0);
    for (const issue of rest) {
      expect(issue.code).toBe('score.not-applicable');
      expect(parseCellAddress(issue.location?.address ?? '').row).toBe(
        built.map.scoreSheets[0].rows['BH2-004'],
      );
    }
    const person = read.roster.staff.find((p) => p.id === 'BH2-004');
    expect(person).toMatchObject({ gender: 'nam', roleId: 'Giáo viên thể dục', birthDate: '31/02/1978' });
  });

  test('a person added to "Danh sách" after building: reported missing from each round, everyone else read', () => {
    const last = Math.max(...Object.values(built.map.staffRows));
    let spec = edit(built.spec, 'Danh sách', last + 1, 1, 'BH2-062');
    spec = edit(spec, 'Danh sách', last + 1, 2, 'Phan Văn Mới');
    spec = edit(spec, 'Danh sách', last + 1, 3, 'Nam');
    spec = edit(spec, 'Danh sách', last + 1, 7, 'to-1');
    const read = readScoringWorkbook(constants(spec));
    expect(read.roster.staff).toHaveLength(62);
    expect(read.issues.map((i) => [i.code, i.location?.sheet])).toEqual([
      ['score.person-missing', 'Đợt 1'],
      ['score.person-missing', 'Đợt 2'],
    ]);
    expect(read.issues[0].message).toContain('không có dòng nào mang mã BH2-062');
    expect(read.inputs).toHaveLength(sample.scores.length);
  });

  test('a level removed on "Quy chế" after building: the level columns no longer match', () => {
    const entries = constants(built.spec)['Quy chế'];
    const row = entries.findIndex((r) => r[0] === 'scoring.levels');
    const spec = edit(built.spec, 'Quy chế', row, 2, 'Tự đánh giá, Hội đồng đánh giá');
    const read = readScoringWorkbook(constants(spec));
    expect(codes(read)).toEqual(['workbook.sheet-mismatch', 'workbook.sheet-mismatch']);
    expect(read.issues[0].message).toContain('phải là "HĐ ĐG"');
  });

  test('a round row without its code on "Quy chế" is reported, not skipped quietly', () => {
    const spec = edit(built.spec, 'Quy chế', rounds().rows['dot-2'], rounds().columns[0], null);
    const read = readScoringWorkbook(constants(spec));
    expect(read.issues[0]).toMatchObject({
      code: 'workbook.row-without-code',
      location: { sheet: 'Quy chế', address: `B${rounds().rows['dot-2'] + 1}` },
    });
    expect(read.issues[0].message).toContain('chưa có mã đợt nên không được đọc');
  });

  function rounds() {
    return built.map.quyChe.tables[ROUNDS_TABLE];
  }
});

test('roster fields come back with codes: roles and tổ through the "Quy chế" tables', () => {
  const sample = sampleSchoolCase();
  const read = readScoringWorkbook(constants(buildScoringWorkbook(sample.roster, sample.config, []).spec));
  const roster: SchoolRoster = read.roster;
  expect(roster.roles).toEqual(sample.roster.roles);
  expect(roster.teams.map((t) => t.id)).toContain('to-anh-tin');
  expect(roster.staff.find((p) => p.fullName === 'Trần Văn Hùng')).toMatchObject({
    roleId: 'can-bo-quan-ly',
    teamId: 'to-van-phong',
    birthDate: '1975-08-22',
  });
});
