/** A Phòng scores its schools with the same engine: ranks within the cấp học and the cụm, in its words. */
import { evaluateScoring } from '../../../src/domain/scoring';
import { SCHOOL_LEVELS } from '../../../src/domain/school/units';
import type { Person, SchoolRoster } from '../../../src/domain/school/types';
import { config, roster, score, WHOLE } from './fixtures';

const CUM = [
  { id: 'cum-1', name: 'Cụm 1' },
  { id: 'cum-2', name: 'Cụm 2' },
  { id: 'cum-3', name: 'Cụm 3' },
];
const LEVELS = SCHOOL_LEVELS.slice(0, 3);

function school(n: number, extra: Partial<Person> = {}): Person {
  return {
    id: `T${String(n).padStart(2, '0')}`,
    fullName: `Trường số ${n}`,
    roleId: LEVELS[n % 3].id,
    teamId: CUM[Math.floor(n / 10) % 3].id,
    position: '',
    ...extra,
  };
}

function phong(schools: Person[]): SchoolRoster {
  return { ...roster(schools, CUM), roles: SCHOOL_LEVELS, unitKind: 'school' };
}

test('30 schools in 3 cấp học: each ranked within its cấp học, ties share a rank', () => {
  const schools = Array.from({ length: 30 }, (_, i) => school(i));
  // Totals 50…79, but T03 and T06 (both Mầm non: 3 and 6 are multiples of 3) tie at 90.
  const totals = schools.map((_, i) => (i === 3 || i === 6 ? 90 : 50 + i));
  const result = evaluateScoring(
    phong(schools),
    config([WHOLE]),
    schools.map((s, i) => score(s.id, 'tong', totals[i])),
  );
  expect(result.issues).toEqual([]);
  for (const level of LEVELS) {
    const members = result.people.filter((_, i) => schools[i].roleId === level.id);
    expect(members).toHaveLength(10);
    const expected = members.map((m) => 1 + members.filter((other) => other.yearTotal > m.yearTotal).length);
    expect(members.map((m) => m.rankInRole)).toEqual(expected);
  }
  const [t03, t06] = [result.people[3], result.people[6]];
  expect([t03.rankInRole, t06.rankInRole]).toEqual([1, 1]);
  // The next Mầm non school (T27, 77 points) is third: the shared first place skips second.
  expect(result.people[27].rankInRole).toBe(3);
  // The cụm are ranked as tổ are: by their mean.
  expect(result.teams.map((t) => t.rank)).toEqual([3, 2, 1]);
});

test('a school without a cấp học has no rank within one', () => {
  const schools = [school(0), school(1, { roleId: '' })];
  const result = evaluateScoring(phong(schools), config([WHOLE]), [score('T00', 'tong', 80)]);
  expect(result.people.map((p) => p.rankInRole)).toEqual([1, null]);
});

test("a Phòng's list is checked in its own words: trường, cụm, cấp học, no birth date asked", () => {
  const schools = [
    school(0, { teamId: '' }),
    school(1, { teamId: 'cum-9' }),
    school(2, { roleId: 'dai-hoc' }),
    school(3, { fullName: 'Trường số 4' }),
    school(4),
  ];
  const messages = evaluateScoring(phong(schools), config([WHOLE]), []).issues.map((i) => i.message);
  expect(messages).toEqual([
    'Trường số 0 (mã T00) chưa thuộc cụm nào. Hãy chọn cụm cho trường này trong danh sách các trường.',
    'Trường số 1 (mã T01) thuộc cụm "cum-9" không có trong danh sách cụm. Hãy chọn một cụm có sẵn hoặc thêm cụm này.',
    expect.stringContaining('Trường số 2 (mã T02) có cấp học "dai-hoc" không có trong danh sách cấp học'),
    expect.stringContaining('Có 2 trường cùng tên "Trường số 4"'),
  ]);
  expect(messages.join(' ')).not.toMatch(/\btổ\b|người|ngày sinh|vai trò/);
});

test('a staff list keeps its words', () => {
  const staff = [school(0, { teamId: '', roleId: 'giao-vien', gender: 'nam' })];
  const messages = evaluateScoring(roster(staff), config([WHOLE]), []).issues.map((i) => i.message);
  expect(messages).toEqual([
    'Trường số 0 (mã T00) chưa thuộc tổ nào. Hãy chọn tổ cho người này trong danh sách cán bộ, giáo viên, nhân viên.',
  ]);
});

test("a cấp học code that COUNTIFS would misread (a wildcard, a number) is an error in the Phòng's words", () => {
  const schools = [school(0)];
  const roster = { ...phong(schools), roles: [...LEVELS, { id: '12*', label: 'Trung học phổ thông' }] };
  const messages = evaluateScoring(roster, config([WHOLE]), []).issues.map((i) => i.message);
  expect(messages).toEqual([
    expect.stringMatching(/^Cấp học "Trung học phổ thông": Mã cấp học "12\*" không dùng được làm mã/),
  ]);
});

test('a Phòng’s criteria that do not add up for a cấp học: the warning speaks of the cấp học and its schools', () => {
  const cfg = config([
    { id: 'chung', sectionId: 'I', label: 'Chung', kind: 'points', max: 40, roles: 'all' },
    { id: 'mn', sectionId: 'I', label: 'Mầm non', kind: 'points', max: 60, roles: ['mam-non'] },
  ]);
  const result = evaluateScoring(phong([school(0), school(1), school(2)]), cfg, []);
  const mismatch = result.issues.find((i) => i.code === 'scoring.role-max-mismatch');
  expect(mismatch?.message).toContain('Cấp học "Tiểu học": điểm tối đa các tiêu chí áp dụng cộng lại là 40');
  expect(mismatch?.message).toContain('các trường thuộc cấp học này');
  expect(result.issues.map((i) => i.message).join('\n')).not.toMatch(/[Vv]ai trò/);
});
