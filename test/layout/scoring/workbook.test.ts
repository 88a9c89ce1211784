import { applicableCriteria, defaultScoringConfig } from '../../../src/domain/scoring';
import type { ScoringRound } from '../../../src/domain/scoring';
import { columnLetter as colName, parseRangeAddress } from '../../../src/layout/a1';
import {
  buildScoringWorkbook,
  scoreCellLocation,
  staffLocation,
  teamSummaryLocation,
  yearSummaryLocation,
} from '../../../src/layout/scoring';
import { person, roster } from '../../domain/scoring/fixtures';
import { allFormulas, cellAt, config, inputs, school, sheetNamed } from './helpers';

const { spec, map } = buildScoringWorkbook(school, config, inputs);

describe('the sheets of a scoring workbook', () => {
  test('in order: settings, staff, criteria, one sheet per round, year and tổ summaries', () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      'Quy chế',
      'Danh sách',
      'Tiêu chí',
      'Đợt 1',
      'Đợt 2',
      'Tổng hợp năm',
      'Tổng hợp tổ',
    ]);
    expect(map.sheets).toEqual({
      quyChe: 'Quy chế',
      staff: 'Danh sách',
      criteria: 'Tiêu chí',
      yearSummary: 'Tổng hợp năm',
      teamSummary: 'Tổng hợp tổ',
    });
  });

  test('sheets already in the workbook are never overwritten: new names, suffixed workbook names', () => {
    const second = buildScoringWorkbook(school, config, [], {
      existingSheetNames: ['Quy chế', 'đợt 1', 'Tổng hợp năm', 'Tổng hợp năm (2)'],
      existingNames: ['TD_TongDiem'],
    });
    expect(second.spec.sheets.map((s) => s.name)).toEqual([
      'Quy chế (2)',
      'Danh sách',
      'Tiêu chí',
      'Đợt 1 (2)',
      'Đợt 2',
      'Tổng hợp năm (3)',
      'Tổng hợp tổ',
    ]);
    expect(second.map.sheets.quyChe).toBe('Quy chế (2)');
    expect(second.map.scoreSheets.map((s) => s.sheetName)).toEqual(['Đợt 1 (2)', 'Đợt 2']);
    expect(second.map.names.totalPoints).toBe('TD_TongDiem_2');
    expect(second.spec.names.every((n) => n.name.endsWith('_2'))).toBe(true);
    expect(allFormulas(second.spec).some((f) => f.includes('TD_TongDiem_2'))).toBe(true);
    expect(allFormulas(second.spec).some((f) => /TD_TongDiem(?!_2)/.test(f))).toBe(false);
  });

  test('monthly rounds get a sheet per month; names too long or with forbidden characters are fixed', () => {
    const rounds: ScoringRound[] = [
      {
        id: 'hk1',
        label: 'Học kỳ I [2020/2021]: đánh giá theo tháng',
        start: '2020-09-01',
        end: '2021-01-15',
        weight: 1,
        months: [
          { id: 't9', label: 'Tháng 9' },
          { id: 't10', label: 'Tháng 10' },
        ],
      },
      { id: 'hk2', label: 'Đợt 2', start: '2021-01-18', end: '2021-05-28', weight: 2 },
    ];
    const built = buildScoringWorkbook(school, defaultScoringConfig(rounds), []);
    const names = built.map.scoreSheets.map((s) => s.sheetName);
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(built.map.scoreSheets.map((s) => [s.roundId, s.monthId, s.label])).toEqual([
      ['hk1', 't9', 'Học kỳ I [2020/2021]: đánh giá theo tháng – Tháng 9'],
      ['hk1', 't10', 'Học kỳ I [2020/2021]: đánh giá theo tháng – Tháng 10'],
      ['hk2', undefined, 'Đợt 2'],
    ]);
    const year = sheetNamed(built.spec, built.map.sheets.yearSummary);
    const round1 = cellAt(year, built.map.yearSummary.rows.GV01, built.map.yearSummary.columns.rounds.hk1);
    // Each month's total found by the person's key on that month's sheet, never by row; the mean counts
    // the scored months only.
    const formula = (round1 as { formula: string }).formula;
    expect(formula).toMatch(
      /^=IF\(--\(INDEX\('.+'!\$\w+\$6:\$\w+\$9,MATCH\(\$B5,'.+'!\$B\$6:\$B\$9,0\)\)>0\)\+/,
    );
    expect(formula).not.toMatch(/'![A-Z]+\d/);
  });
});

describe('a round sheet', () => {
  const sheet = sheetNamed(spec, 'Đợt 1');
  const sm = map.scoreSheets[0];

  test('one input column per level and a score column per criterion; typed values in their cells', () => {
    const block = sm.criteria['1.1'];
    expect(Object.keys(block.levels)).toEqual(['self', 'team', 'council']);
    const row = sm.rows.GV01;
    expect(cellAt(sheet, row, block.levels.self as number)).toEqual({ value: 9 });
    expect(cellAt(sheet, row, block.levels.team as number)).toBeUndefined();
    expect(cellAt(sheet, row, block.levels.council as number)).toEqual({ value: 8.5 });
    expect(
      scoreCellLocation(map, { personId: 'GV01', roundId: 'dot-1', criterionId: '1.1', level: 'council' }),
    ).toEqual({
      sheet: 'Đợt 1',
      address: expect.stringMatching(/^[A-Z]+6$/),
    });
  });

  test('the score takes the highest level filled in: council, then tổ, then self', () => {
    const block = sm.criteria['1.1'];
    const row = sm.rows.GV01;
    const [self, team, council] = (['self', 'team', 'council'] as const).map(
      (l) => `${colName(block.levels[l] as number)}${row + 1}`,
    );
    expect(cellAt(sheet, row, block.score)).toEqual({
      formula: `=IF(ISNUMBER(${council}),${council},IF(ISNUMBER(${team}),${team},IF(ISNUMBER(${self}),${self},"")))`,
    });
  });

  test('a deduction criterion: max − events × step, floored at 0, step from "Tiêu chí"', () => {
    const block = sm.criteria['7.1'];
    const formula = (cellAt(sheet, sm.rows.GV01, block.score) as { formula: string }).formula;
    expect(formula).toMatch(/^=IF\(COUNT\(\w+6:\w+6\)=0,"",MAX\(0,\w+\$5-IF\(.+\)\*'Tiêu chí'!\$E\$\d+\)\)$/);
  });

  test('criteria that do not apply to a role: grey locked inputs and no score', () => {
    const homeroom = sm.criteria['3.1'];
    const officeRow = sm.rows.NV01;
    expect(cellAt(sheet, officeRow, homeroom.score)).toBeUndefined();
    const grey = sheet.styles?.filter((s) => s.style.fill === '#BFBFBF' && s.style.locked === true) ?? [];
    const covers = grey.some((s) => {
      const r = parseRangeAddress(s.range);
      return (
        r.firstRow <= officeRow &&
        officeRow <= r.lastRow &&
        r.firstCol <= homeroom.score &&
        homeroom.score <= r.lastCol
      );
    });
    expect(covers).toBe(true);
  });

  test('the total is normalised with the workbook name of the total points', () => {
    const formula = (cellAt(sheet, sm.rows.NV01, sm.columns.total) as { formula: string }).formula;
    expect(formula).toMatch(/^=ROUND\(IF\(\w+6?\d*>0,\w+\d+\*TD_TongDiem\/\w+\d+,0\)\+\w+\d+,2\)$/);
  });

  test('inputs unlocked with validation 0…max (decimals) or whole ≥ 0 for deductions, in Vietnamese', () => {
    expect(sheet.protect).toBe(true);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 3 });
    const points = sheet.validations?.find((v) => v.errorMessage.startsWith('Tiêu chí 2.2'));
    expect(points).toMatchObject({ kind: 'decimal', min: 0, max: 15 });
    expect(points?.errorMessage).toBe(
      'Tiêu chí 2.2: hãy nhập điểm từ 0 đến 15 (được dùng số thập phân, ví dụ 9,5).',
    );
    const late = sheet.validations?.find((v) => v.errorMessage.startsWith('Tiêu chí 7.2'));
    expect(late).toMatchObject({ kind: 'whole', min: 0 });
    expect(late?.errorMessage).toContain('mỗi lần trừ 0,5 điểm');
    const open = sheet.styles?.filter((s) => s.style.locked === false) ?? [];
    expect(open).toHaveLength(config.criteria.length); // one range per criterion block, not per cell
    const block = sm.criteria['2.2'];
    expect(open.map((s) => s.range)).toContain(
      `${colName(block.levels.self as number)}6:${colName(block.levels.council as number)}9`,
    );
  });
});

describe('summaries', () => {
  const year = sheetNamed(spec, 'Tổng hợp năm');
  const ys = map.yearSummary;

  test('weighted year total from the weights row, linked to "Quy chế" by name', () => {
    expect(cellAt(year, ys.weightRow, ys.columns.rounds['dot-1'])).toEqual({
      formula: '=INDEX(TD_TrongSoDot,1)',
    });
    expect((cellAt(year, ys.rows.GV01, ys.columns.yearTotal) as { formula: string }).formula).toBe(
      '=IF(SUMPRODUCT($G$4:$H$4,I5:J5)>0,ROUND(SUMPRODUCT($G$4:$H$4,G5:H5,I5:J5)/SUMPRODUCT($G$4:$H$4,I5:J5),2),IF(SUM(I5:J5)>0,0,""))',
    );
  });

  test('ranks share ties: COUNTIF of strictly higher totals + 1, overall and within the tổ', () => {
    expect(cellAt(year, ys.rows.GV01, ys.columns.rankOverall)).toEqual({
      formula: '=IF(K5="","",COUNTIF($K$5:$K$8,">"&K5)+1)',
    });
    // Within the tổ by mã tổ (column F), never by the tổ's name.
    expect(cellAt(year, ys.rows.GV01, ys.columns.rankInTeam)).toEqual({
      formula: '=IF(OR(F5="",K5=""),"",COUNTIFS($F$5:$F$8,F5,$K$5:$K$8,">"&K5)+1)',
    });
  });

  test('the band is text coloured per band', () => {
    expect(year.conditionalFormats?.map((c) => [c.equals, c.fill])).toEqual(
      config.bands.map((b) => [b.id, b.fill]),
    );
    const band = (cellAt(year, ys.rows.GV01, ys.columns.band) as { formula: string }).formula;
    expect(
      band.startsWith(
        '=IF(K5="","",IF(AND(K5>=INDEX(TD_XepLoaiDiemToiThieu,1),OR(INDEX(TD_XepLoaiCanDiemSan,1)<>"Có",O5="Đạt")),INDEX(TD_XepLoaiMa,1),',
      ),
    ).toBe(true);
    expect(band.endsWith('INDEX(TD_XepLoaiMa,4)))))')).toBe(true);
  });

  test('the map points at the cells the Scores panel selects', () => {
    expect(yearSummaryLocation(map, 'NV01', 'yearTotal')).toEqual({ sheet: 'Tổng hợp năm', address: 'K7' });
    expect(yearSummaryLocation(map, 'NV01', { roundId: 'dot-2' })).toEqual({
      sheet: 'Tổng hợp năm',
      address: 'H7',
    });
    expect(staffLocation(map, 'NV01')).toEqual({ sheet: 'Danh sách', address: 'C6' });
    expect(teamSummaryLocation(map, 'to-vp')).toEqual({ sheet: 'Tổng hợp tổ', address: 'E6' });
    expect(scoreCellLocation(map, { personId: 'XX', roundId: 'dot-1', criterionId: '1.1' })).toBeUndefined();
  });

  test('the map knows which criteria apply to each person', () => {
    expect(map.people.find((p) => p.id === 'NV01')?.criteria).toEqual(
      applicableCriteria(config, 'nhan-vien').map((c) => c.id),
    );
  });
});

describe('formulas are portable', () => {
  const formulas = allFormulas(spec);
  const allowed = new Set([
    'SUM',
    'IF',
    'ISNUMBER',
    'COUNT',
    'MAX',
    'MIN',
    'ROUND',
    'AND',
    'OR',
    'INDEX',
    'MATCH',
    'IFERROR',
    'EXACT',
    'NOT',
    'COUNTIF',
    'COUNTIFS',
    'AVERAGEIF',
    'AVERAGE',
    'SUMPRODUCT',
  ]);

  test('only functions Excel and HyperFormula share; nothing volatile', () => {
    const used = new Set(
      formulas.flatMap((f) =>
        [...f.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]),
      ),
    );
    expect([...used].filter((name) => !allowed.has(name))).toEqual([]);
  });

  test('no whole-column or whole-row references', () => {
    for (const f of formulas) expect(f).not.toMatch(/(?:^|[^A-Z$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![0-9A-Z])/);
  });
});

test('names and text that look like formulas are written as constant values', () => {
  const odd = roster([person('=1', '=Nguyễn Văn An'), person('+84', '@Lan', { teamId: 'to-2' })]);
  const built = buildScoringWorkbook(odd, config, []);
  const staff = sheetNamed(built.spec, 'Danh sách');
  expect(cellAt(staff, built.map.staffRows['=1'], 2)).toEqual({ value: '=Nguyễn Văn An' });
  expect(cellAt(staff, built.map.staffRows['+84'], 1)).toEqual({ value: '+84' });
});

test('payload stays modest: 150 staff × 60 criteria × 2 rounds', () => {
  const big = defaultScoringConfig();
  big.criteria = Array.from({ length: 60 }, (_, i) => ({
    id: `${i + 1}`,
    sectionId: 'II',
    label: `Tiêu chí số ${i + 1}`,
    kind: 'points' as const,
    max: 5,
    roles: i % 3 === 0 ? (['gvcn'] as string[]) : ('all' as const),
  }));
  const staff = Array.from({ length: 150 }, (_, i) =>
    person(`P${i}`, `Người ${i}`, {
      roleId: i % 2 ? 'gvcn' : 'giao-vien',
      teamId: ['to-1', 'to-2', 'to-vp'][i % 3],
    }),
  );
  const built = buildScoringWorkbook(roster(staff), big, []);
  const bytes = new TextEncoder().encode(JSON.stringify(built.spec)).length;
  expect(bytes).toBeLessThan(5 * 1024 * 1024);
  const round = sheetNamed(built.spec, 'Đợt 1');
  // Alternating roles make the worst case: one grey range per non-applicable run, still far fewer than cells.
  expect(round.styles?.length ?? 0).toBeLessThan(150 * 20 + 200);
});
