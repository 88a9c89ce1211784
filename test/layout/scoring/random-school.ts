/**
 * Small random schools for the read-back tests: Vietnamese names, a custom role whose label holds a comma,
 * a tổ without members and a person without one, monthly rounds, every criterion kind, criteria out of
 * section order or in a section the config does not list, values typed at random levels (some in cells
 * that do not apply, which the sheets never show).
 */
import fc from 'fast-check';
import { mulberry32, SAMPLE_SCHOOL_INFO } from '../../../src/domain/sample';
import { applicableCriteria, orderedLevels } from '../../../src/domain/scoring';
import type {
  AssessmentLevel,
  Band,
  Criterion,
  ScoreInput,
  ScoringConfig,
  ScoringRound,
} from '../../../src/domain/scoring';
import type { Person, Role, SchoolRoster, Team } from '../../../src/domain/school/types';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';
import { scoringPeriods } from '../../../src/layout/scoring';

export interface SchoolCase {
  roster: SchoolRoster;
  config: ScoringConfig;
  inputs: ScoreInput[];
}

const CUSTOM_ROLE: Role = { id: 'gv-thu-vien', label: 'Giáo viên, kiêm thư viện' };
const TEAMS: Team[] = [
  { id: 'to-1', name: 'Tổ 1' },
  { id: 'to-van-phong', name: 'Tổ Văn phòng' },
  { id: 'to-anh-tin', name: 'Tổ Tiếng Anh – Tin học' },
];
const NAMES = [
  'Nguyễn Thị Thu Hà',
  'Trần Văn Hùng',
  'Lê Thị Ngọc Hân',
  'Đỗ Thị Kim Anh',
  'Huỳnh Thị Mỹ Linh',
];
const POSITIONS = ['Giáo viên', 'Tổ trưởng', 'Hiệu trưởng', 'Nhân viên kế toán', ''];
const DATES = ['1972-03-14', '1985-04-12', '1996-03-08', '2021-03-01'];

const criterionArb = fc.oneof(
  fc.record({
    kind: fc.constant('points' as const),
    max: fc.constantFrom(5, 10, 20, 25.5),
    floor: fc.option(fc.constantFrom(0, 2.5, 5), { nil: undefined }),
    // A step on a points criterion has no place on "Tiêu chí": it does not read back.
    deductionStep: fc.option(fc.constant(2), { nil: undefined, freq: 4 }),
  }),
  fc.record({
    kind: fc.constant('deduction' as const),
    max: fc.constantFrom(4, 6),
    deductionStep: fc.constantFrom(0.5, 1.5, 3),
    floor: fc.option(fc.constant(2), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('bonus' as const),
    max: fc.constantFrom(3, 5),
    // Neither has a floor on a bonus.
    floor: fc.option(fc.constant(1), { nil: undefined, freq: 4 }),
  }),
);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const schoolCaseArb: fc.Arbitrary<SchoolCase> = fc
  .record({
    customRole: fc.boolean(),
    teamCount: fc.integer({ min: 1, max: 3 }),
    people: fc.array(
      fc.record({
        name: fc.constantFrom(...NAMES),
        gender: fc.constantFrom('nam' as const, 'nữ' as const),
        birthDate: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
        hireDate: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
        position: fc.constantFrom(...POSITIONS),
        role: fc.nat(5),
        team: fc.nat(3),
      }),
      { minLength: 0, maxLength: 5 },
    ),
    criteria: fc.array(
      fc.record({
        spec: criterionArb,
        section: fc.constantFrom('I', 'II', 'II', 'X'),
        allRoles: fc.boolean(),
        roles: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    rounds: fc.array(
      fc.record({
        months: fc.integer({ min: -1, max: 2 }),
        weight: fc.constantFrom(1, 1.5, 2),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    levels: fc.shuffledSubarray<AssessmentLevel>(['self', 'team', 'council'], { minLength: 1 }),
    totalPoints: fc.constantFrom(100, 50),
    topMin: fc.integer({ min: 60, max: 95 }),
    topNeedsFloors: fc.boolean(),
    principal: fc.option(fc.constantFrom('Nguyễn Thị Hoàng Trang'), { nil: undefined }),
    seed: fc.integer(),
  })
  .map((s): SchoolCase => {
    const roles = s.customRole ? [...BUILT_IN_ROLES, CUSTOM_ROLE] : [...BUILT_IN_ROLES];
    const roleAt = (n: number) => roles[n % roles.length].id;
    const teams = TEAMS.slice(0, s.teamCount);
    const staff: Person[] = s.people.map((p, i) =>
      withoutUndefined({
        id: `GV${String(i + 1).padStart(2, '0')}`,
        fullName: p.name,
        gender: p.gender,
        birthDate: p.birthDate,
        roleId: roleAt(p.role),
        position: p.position,
        teamId: p.team === 3 ? '' : teams[p.team % teams.length].id,
        hireDate: p.hireDate,
      }),
    );
    const criteria: Criterion[] = s.criteria.map((c, i) =>
      withoutUndefined({
        id: `${c.section}.${i + 1}`,
        sectionId: c.section,
        label: `Tiêu chí số ${i + 1}: chấp hành, đoàn kết`,
        ...c.spec,
        roles: c.allRoles ? ('all' as const) : [...new Set(c.roles.map(roleAt))],
      }),
    );
    const rounds: ScoringRound[] = s.rounds.map((r, k) =>
      withoutUndefined({
        id: `dot-${k + 1}`,
        label: `Đợt ${k + 1}`,
        start: k === 0 ? '2020-09-01' : '2021-01-18',
        end: k === 0 ? '2021-01-15' : '2021-05-28',
        weight: r.weight,
        months:
          r.months < 0
            ? undefined
            : Array.from({ length: r.months }, (_, m) => ({ id: `t${m + 9}`, label: `Tháng ${m + 9}` })),
      }),
    );
    const bands: Band[] = [
      {
        id: 'HTXSNV',
        label: 'Hoàn thành xuất sắc nhiệm vụ',
        min: s.topMin,
        requiresFloors: s.topNeedsFloors,
        fill: '#C6EFCE',
        fontColor: '#006100',
      },
      {
        id: 'HTNV',
        label: 'Hoàn thành nhiệm vụ',
        min: 0,
        requiresFloors: false,
        fill: '#FFEB9C',
        fontColor: '#9C5700',
      },
    ];
    const config: ScoringConfig = {
      totalPoints: s.totalPoints,
      sections: [
        { id: 'I', label: 'I. Phẩm chất chính trị, đạo đức' },
        { id: 'II', label: 'II. Nhiệm vụ chuyên môn' },
      ],
      criteria,
      rounds,
      bands,
      levels: s.levels,
    };
    const roster: SchoolRoster = {
      info: withoutUndefined({ ...SAMPLE_SCHOOL_INFO, principalName: s.principal }),
      roles,
      teams,
      staff,
    };
    return { roster, config, inputs: randomInputs(roster, config, s.seed) };
  });

/** Valid values in about half the cells; now and then one in a cell that does not apply. */
function randomInputs(roster: SchoolRoster, config: ScoringConfig, seed: number): ScoreInput[] {
  const random = mulberry32(seed);
  const inputs: ScoreInput[] = [];
  const value = (criterion: Criterion) =>
    criterion.kind === 'deduction' ? Math.floor(random() * 4) : Math.round(random() * criterion.max * 2) / 2;
  for (const person of roster.staff) {
    const applies = new Set(applicableCriteria(config, person.roleId).map((c) => c.id));
    for (const { round, month } of scoringPeriods(config)) {
      for (const criterion of config.criteria) {
        for (const level of orderedLevels(config)) {
          const chance = applies.has(criterion.id) ? 0.5 : 0.05;
          if (random() >= chance) continue;
          inputs.push({
            personId: person.id,
            roundId: round.id,
            ...(month ? { monthId: month.id } : {}),
            criterionId: criterion.id,
            level,
            value: value(criterion),
          });
        }
      }
    }
  }
  return inputs;
}
