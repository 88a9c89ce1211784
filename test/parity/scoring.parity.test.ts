/**
 * Formula parity (DESIGN.md "Live formulas, same answers"): the sheets buildScoringWorkbook writes,
 * evaluated by a real formula engine, give exactly the domain's totals, bands, ranks and tổ figures.
 */
import fc from 'fast-check';
import { SAMPLE_SCHOOL_INFO } from '../../src/domain/sample';
import { defaultScoringConfig, evaluateScoring } from '../../src/domain/scoring';
import type {
  AssessmentLevel,
  Band,
  Criterion,
  ScoreInput,
  ScoringConfig,
  ScoringResult,
  ScoringRound,
} from '../../src/domain/scoring';
import type { Person, SchoolRoster } from '../../src/domain/school/types';
import { BUILT_IN_ROLES } from '../../src/domain/school/types';
import type { CellValue } from '../../src/layout/grid';
import { buildScoringWorkbook, readScoringInputs, readScoringResults } from '../../src/layout/scoring';
import type { ScoringWorkbookMap } from '../../src/layout/scoring';
import { evaluateWorkbook } from '../support/hyperformula';
import { shownOnYearSummary } from './scoring-rows';

/** The domain's results and the sheets' computed values for one school. */
function evaluateBoth(roster: SchoolRoster, config: ScoringConfig, inputs: ScoreInput[]) {
  const domain = evaluateScoring(roster, config, inputs);
  const { spec, map } = buildScoringWorkbook(roster, config, inputs);
  const values = evaluateWorkbook(spec);
  return { domain, map, values };
}

/** Every number the sheets compute, next to the domain's. */
function expectParity({ domain, map, values }: ReturnType<typeof evaluateBoth>) {
  const sheet = readScoringResults(values, map);
  expect(sheet.issues).toEqual([]);
  expect(sheet.people).toEqual(domain.people.map(shownOnYearSummary));
  expect(sheet.teams).toEqual(
    domain.teams.map((t) => ({ teamId: t.teamId, memberCount: t.memberCount, mean: t.mean, rank: t.rank })),
  );
  expectPeriodParity(domain, map, values);
}

/** Each round or month sheet: the period total, raw sum, maximum, bonus of every person. */
function expectPeriodParity(
  domain: ScoringResult,
  map: ScoringWorkbookMap,
  values: Record<string, CellValue[][]>,
) {
  for (const sheet of map.scoreSheets) {
    const grid = values[sheet.sheetName];
    for (const person of domain.people) {
      const period = person.rounds
        .find((r) => r.roundId === sheet.roundId)
        ?.periods.find((p) => p.monthId === sheet.monthId);
      const row = grid[sheet.rows[person.personId]];
      expect({
        who: `${sheet.sheetName} ${person.personId}`,
        total: row[sheet.columns.total],
        max: row[sheet.columns.applicableMax],
        bonus: row[sheet.columns.bonus],
        raw: row[sheet.columns.rawSum],
      }).toEqual({
        who: `${sheet.sheetName} ${person.personId}`,
        total: period?.total,
        max: period?.applicableMax,
        bonus: expect.closeTo(period?.bonus ?? NaN, 9),
        raw: expect.closeTo(period?.rawSum ?? NaN, 9),
      });
      for (const outcome of period?.criteria ?? []) {
        const shown = row[sheet.criteria[outcome.criterionId].score];
        if (outcome.score === null) expect(shown).toBe('');
        else expect(shown).toBeCloseTo(outcome.score, 9);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// (a) A hand-made school with every hard case.

const TEAMS = [
  { id: 'to-1', name: 'Tổ 1' },
  { id: 'to-2', name: 'Tổ 2' },
  { id: 'to-vp', name: 'Tổ Văn phòng' },
  { id: 'to-nk', name: 'Tổ Năng khiếu' },
];

function p(
  id: string,
  fullName: string,
  teamId: string,
  roleId: string,
  extra: Partial<Person> = {},
): Person {
  return { id, fullName, gender: 'nữ', roleId, position: 'Giáo viên', teamId, ...extra };
}

const handMadeRoster: SchoolRoster = {
  info: { ...SAMPLE_SCHOOL_INFO },
  roles: BUILT_IN_ROLES,
  teams: TEAMS,
  staff: [
    p('GV01', 'Nguyễn Thị Lan', 'to-1', 'gvcn', { birthDate: '1985-03-02' }),
    p('GV02', 'Nguyễn Thị Lan', 'to-2', 'giao-vien', { birthDate: '1990-11-20' }),
    p('GV03', 'Trần Văn Hùng', 'to-1', 'gvcn', { gender: 'nam' }),
    p('GV04', 'Lê Thị Mai', 'to-1', 'gvcn'),
    p('GV05', 'Phạm Ngọc Ánh', 'to-2', 'giao-vien'),
    p('NV01', 'Võ Thị Thu', 'to-vp', 'nhan-vien', { position: 'Kế toán' }),
    p('NV02', 'Đặng Minh Tâm', 'to-vp', 'nhan-vien', { position: 'Bảo vệ', gender: 'nam' }),
  ],
};

const handMadeConfig: ScoringConfig = {
  totalPoints: 100,
  sections: [
    { id: 'I', label: 'I. Phẩm chất chính trị, đạo đức, lối sống' },
    { id: 'II', label: 'II. Thực hiện nhiệm vụ chuyên môn' },
    { id: 'III', label: 'III. Công tác chủ nhiệm' },
    { id: 'V', label: 'V. Nhân viên: thực hiện nhiệm vụ được giao' },
    { id: 'VII', label: 'VII. Ngày công, kỷ luật lao động' },
    { id: 'VIII', label: 'VIII. Điểm thưởng' },
  ],
  criteria: [
    {
      id: '1.1',
      sectionId: 'I',
      label: 'Chấp hành chủ trương',
      kind: 'points',
      max: 10,
      roles: 'all',
      floor: 5,
    },
    { id: '1.2', sectionId: 'I', label: 'Đạo đức, lối sống', kind: 'points', max: 10, roles: 'all' },
    {
      id: '2.1',
      sectionId: 'II',
      label: 'Kế hoạch bài dạy',
      kind: 'points',
      max: 30,
      roles: ['giao-vien', 'gvcn'],
    },
    { id: '2.2', sectionId: 'II', label: 'Dạy học', kind: 'points', max: 30, roles: ['giao-vien', 'gvcn'] },
    { id: '3.1', sectionId: 'III', label: 'Chủ nhiệm', kind: 'points', max: 10, roles: ['gvcn'] },
    // Nhân viên: 10 + 10 + 50 + 10 = 80 → normalised to 100.
    {
      id: '5.1',
      sectionId: 'V',
      label: 'Công việc được giao',
      kind: 'points',
      max: 50,
      roles: ['nhan-vien'],
    },
    {
      id: '7.1',
      sectionId: 'VII',
      label: 'Nghỉ không phép',
      kind: 'deduction',
      max: 6,
      deductionStep: 3,
      roles: 'all',
    },
    {
      id: '7.2',
      sectionId: 'VII',
      label: 'Đi trễ',
      kind: 'deduction',
      max: 4,
      deductionStep: 0.5,
      roles: 'all',
    },
    { id: '8.1', sectionId: 'VIII', label: 'Thành tích', kind: 'bonus', max: 10, roles: 'all' },
  ],
  rounds: [
    {
      id: 'dot-1',
      label: 'Đợt 1',
      start: '2020-09-01',
      end: '2021-01-15',
      weight: 1,
      months: [
        { id: 't9', label: 'Tháng 9' },
        { id: 't10', label: 'Tháng 10' },
        { id: 't11', label: 'Tháng 11' },
      ],
    },
    { id: 'dot-2', label: 'Đợt 2', start: '2021-01-18', end: '2021-05-28', weight: 2 },
  ],
  // QĐ 366's 100-point bands, as the default template has them.
  bands: defaultScoringConfig().bands,
  levels: ['self', 'team', 'council'],
};

/** A full sheet of council scores for a person in a period, overridable per criterion. */
function fill(
  personId: string,
  roundId: string,
  monthId: string | undefined,
  scores: Record<string, number>,
  level: AssessmentLevel = 'council',
): ScoreInput[] {
  return Object.entries(scores).map(([criterionId, value]) => ({
    personId,
    roundId,
    ...(monthId ? { monthId } : {}),
    criterionId,
    level,
    value,
  }));
}

const TEACHER_FULL = { '1.1': 10, '1.2': 10, '2.1': 30, '2.2': 30, '7.1': 0, '7.2': 0 };
const months = ['t9', 't10', 't11'];

const handMadeInputs: ScoreInput[] = [
  // GV01 (Lan, GVCN): self, tổ and council at different values; council wins. A bonus above its cap.
  ...months.flatMap((m) => fill('GV01', 'dot-1', m, { ...TEACHER_FULL, '3.1': 8 }, 'self')),
  ...months.flatMap((m) => fill('GV01', 'dot-1', m, { '2.1': 25, '2.2': 26.5 }, 'team')),
  ...fill('GV01', 'dot-1', 't9', { '2.1': 27 }),
  ...fill('GV01', 'dot-2', undefined, { ...TEACHER_FULL, '2.1': 28.5, '3.1': 9.5, '7.2': 3, '8.1': 12 }),
  // GV02 (the other Lan, giáo viên: maxima add up to 90, normalised): 81/90 → exactly 90 → HTXSNV.
  // GV05 ties with her.
  ...months.flatMap((m) => fill('GV02', 'dot-1', m, { ...TEACHER_FULL, '2.2': 21 })),
  ...fill('GV02', 'dot-2', undefined, { ...TEACHER_FULL, '2.2': 21 }),
  ...months.flatMap((m) => fill('GV05', 'dot-1', m, { ...TEACHER_FULL, '2.2': 21 })),
  ...fill('GV05', 'dot-2', undefined, { ...TEACHER_FULL, '2.2': 21 }),
  // GV03: high total but 1.1 below its floor in Tháng 10 → HTTNV; two unexcused absences (6 − 2×3 = 0).
  ...months.flatMap((m) =>
    fill('GV03', 'dot-1', m, { ...TEACHER_FULL, '3.1': 10, '1.1': m === 't10' ? 4.5 : 10 }),
  ),
  ...fill('GV03', 'dot-2', undefined, { ...TEACHER_FULL, '3.1': 10, '7.1': 2 }),
  // GV04: missing scores (only Tháng 9 and part of Đợt 2), and 3 absences floored at 0.
  ...fill('GV04', 'dot-1', 't9', { '1.1': 9, '1.2': 9.25, '2.1': 27.75 }, 'team'),
  ...fill('GV04', 'dot-2', undefined, { '1.1': 8, '2.1': 22, '7.1': 3 }),
  // NV01: nhân viên, normalised from 80: 72/80 → 90 in Đợt 2.
  ...months.flatMap((m) => fill('NV01', 'dot-1', m, { '1.1': 9, '1.2': 9, '5.1': 44, '7.1': 0, '7.2': 1 })),
  ...fill('NV01', 'dot-2', undefined, { '1.1': 8, '1.2': 8, '5.1': 46, '7.1': 0, '7.2': 0, '8.1': 2.5 }),
  // NV02: self-assessment only, late six times (4 − 6×0,5 = 1).
  ...months.flatMap((m) =>
    fill('NV02', 'dot-1', m, { '1.1': 7, '1.2': 7.5, '5.1': 35, '7.1': 1, '7.2': 6 }, 'self'),
  ),
  ...fill('NV02', 'dot-2', undefined, { '1.1': 7, '1.2': 8, '5.1': 38.5, '7.1': 0, '7.2': 2 }, 'self'),
];

describe('parity on a hand-made school', () => {
  const both = evaluateBoth(handMadeRoster, handMadeConfig, handMadeInputs);
  const { domain, map, values } = both;
  const person = (id: string) => domain.people.find((x) => x.personId === id);

  test('round, month and year totals, bands, ranks and tổ figures equal the domain', () => {
    expectParity(both);
  });

  test('the cases it was made for really happen', () => {
    expect(person('GV02')?.yearTotal).toBe(90);
    expect(person('GV02')?.bandId).toBe('HTXSNV');
    expect(person('GV05')?.rankOverall).toBe(person('GV02')?.rankOverall);
    expect(person('GV03')?.floorsMet).toBe(false);
    expect(person('GV03')?.bandId).toBe('HTTNV');
    expect(person('GV04')?.missingCount).toBeGreaterThan(0);
    expect(person('NV01')?.rounds[1].periods[0].applicableMax).toBe(80);
    expect(person('NV01')?.rounds[1].total).toBe(92.5); // (8 + 8 + 46 + 6 + 4) / 80 × 100 + 2,5
    expect(domain.teams.find((t) => t.teamId === 'to-nk')).toEqual({
      teamId: 'to-nk',
      memberCount: 0,
      mean: null,
      rank: null,
    });
  });

  test('the namesakes keep their own rows and results', () => {
    const rows = [map.yearSummary.rows.GV01, map.yearSummary.rows.GV02];
    expect(new Set(rows).size).toBe(2);
    expect(rows.map((row) => values[map.sheets.yearSummary][row][map.yearSummary.columns.name])).toEqual([
      'Nguyễn Thị Lan',
      'Nguyễn Thị Lan',
    ]);
    expect(person('GV01')?.yearTotal).not.toBe(person('GV02')?.yearTotal);
  });

  test('the typed scores read back from the sheets give the same results', () => {
    const read = readScoringInputs(values, map);
    expect(read.issues.map((i) => [i.code, i.location?.sheet])).toEqual([['score.bonus-above-cap', 'Đợt 2']]);
    const strip = (inputs: ScoreInput[]) =>
      inputs.map(({ locator: _locator, ...rest }) => JSON.stringify(rest)).sort();
    expect(strip(read.inputs)).toEqual(strip(handMadeInputs));
    expect(evaluateScoring(handMadeRoster, handMadeConfig, read.inputs).people).toEqual(domain.people);
  });
});

// ---------------------------------------------------------------------------------------------------------
// (b) Random small schools.

const ROLE_IDS = ['giao-vien', 'gvcn', 'nhan-vien'];

const criterionArb = (id: string) =>
  fc
    .oneof(
      fc.record({
        kind: fc.constant('points' as const),
        max: fc.constantFrom(5, 10, 20, 25.5, 30),
        floor: fc.option(fc.constantFrom(0, 2.5, 5), { nil: undefined }),
        roles: fc.oneof(fc.constant('all' as const), fc.subarray(ROLE_IDS, { minLength: 1 })),
      }),
      fc.record({
        kind: fc.constant('deduction' as const),
        max: fc.constantFrom(4, 6),
        deductionStep: fc.constantFrom(0.5, 1.5, 3),
        floor: fc.option(fc.constant(2), { nil: undefined }),
        roles: fc.constant('all' as const),
      }),
      fc.record({
        kind: fc.constant('bonus' as const),
        max: fc.constantFrom(3, 5),
        roles: fc.oneof(fc.constant('all' as const), fc.subarray(ROLE_IDS, { minLength: 1 })),
      }),
    )
    .map((c): Criterion => ({ id, sectionId: 'I', label: `Tiêu chí ${id}`, ...c }));

const schoolArb = fc
  .record({
    teamCount: fc.integer({ min: 1, max: 3 }),
    people: fc.array(fc.record({ team: fc.nat(2), role: fc.constantFrom(...ROLE_IDS) }), {
      minLength: 1,
      maxLength: 6,
    }),
    criteria: fc
      .integer({ min: 1, max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => criterionArb(`c${i + 1}`)))),
    monthCount: fc.integer({ min: 0, max: 2 }),
    weights: fc.tuple(fc.constantFrom(1, 1.5, 2), fc.constantFrom(1, 2, 3)),
    roundCount: fc.integer({ min: 1, max: 2 }),
    levels: fc.subarray<AssessmentLevel>(['self', 'team', 'council'], { minLength: 1 }),
    totalPoints: fc.constantFrom(100, 50),
    bandMins: fc.tuple(fc.integer({ min: 60, max: 95 }), fc.integer({ min: 20, max: 59 })),
    topNeedsFloors: fc.boolean(),
    seed: fc.integer(),
  })
  .map((s) => {
    const teams = Array.from({ length: s.teamCount }, (_, i) => ({ id: `t${i}`, name: `Tổ ${i + 1}` }));
    const teamOf = (team: number) => (team === 3 ? '' : team === 4 ? 'to-la' : teams[team % s.teamCount].id);
    const staff = s.people.map((x, i) => p(`P${i}`, `Người số ${i}`, teamOf(x.team), x.role));
    const rounds: ScoringRound[] = [
      {
        id: 'r1',
        label: 'Đợt 1',
        start: '2020-09-01',
        end: '2021-01-15',
        weight: s.weights[0],
        ...(s.monthCount > 0
          ? {
              months: Array.from({ length: s.monthCount }, (_, i) => ({
                id: `m${i}`,
                label: `Tháng ${i + 9}`,
              })),
            }
          : {}),
      },
      { id: 'r2', label: 'Đợt 2', start: '2021-01-18', end: '2021-05-28', weight: s.weights[1] },
    ].slice(0, s.roundCount);
    const bands: Band[] = [
      {
        id: 'GIOI',
        label: 'Giỏi',
        min: s.bandMins[0],
        requiresFloors: s.topNeedsFloors,
        fill: '#C6EFCE',
        fontColor: '#006100',
      },
      {
        id: 'KHA',
        label: 'Khá',
        min: s.bandMins[1],
        requiresFloors: false,
        fill: '#DDEBF7',
        fontColor: '#1F4E78',
      },
      { id: 'TB', label: 'Trung bình', min: 0, requiresFloors: false, fill: '#FFC7CE', fontColor: '#9C0006' },
    ];
    const config: ScoringConfig = {
      totalPoints: s.totalPoints,
      sections: [{ id: 'I', label: 'I. Chung' }],
      criteria: s.criteria,
      rounds,
      bands,
      levels: s.levels,
    };
    const roster: SchoolRoster = { ...handMadeRoster, teams, staff };
    return { roster, config, seed: s.seed };
  })
  .chain(({ roster, config }) => {
    // Every (person, period, criterion, level) cell: blank or a value typical of its kind, sometimes odd.
    const cells = roster.staff.flatMap((person) =>
      config.rounds.flatMap((round) =>
        (round.months ?? [undefined]).flatMap((month) =>
          config.criteria.flatMap((criterion) =>
            config.levels.map((level) => ({ person, round, month, criterion, level })),
          ),
        ),
      ),
    );
    const valueArb = (criterion: Criterion) =>
      criterion.kind === 'deduction'
        ? fc.integer({ min: 0, max: 4 })
        : fc.integer({ min: 0, max: Math.ceil(criterion.max * 4) + 4 }).map((q) => q / 4);
    return fc
      .tuple(...cells.map((cell) => fc.option(valueArb(cell.criterion), { nil: undefined, freq: 3 })))
      .map((typed) => {
        const inputs: ScoreInput[] = [];
        typed.forEach((value, i) => {
          const cell = cells[i];
          if (value === undefined) return;
          if (cell.criterion.roles !== 'all' && !cell.criterion.roles.includes(cell.person.roleId)) return;
          inputs.push({
            personId: cell.person.id,
            roundId: cell.round.id,
            ...(cell.month ? { monthId: cell.month.id } : {}),
            criterionId: cell.criterion.id,
            level: cell.level,
            value,
          });
        });
        return { roster, config, inputs };
      });
  });

test('parity on random schools', () => {
  fc.assert(
    fc.property(schoolArb, ({ roster, config, inputs }) => {
      expectParity(evaluateBoth(roster, config, inputs));
    }),
    { numRuns: 40 },
  );
});
