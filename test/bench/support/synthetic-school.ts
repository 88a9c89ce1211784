/**
 * A school of any size with 60 criteria, for benchmarks: N staff over 8 tổ, the built-in roles, two rounds
 * (seed 000's dates) and seeded scores at every level, so sheets are as full as a real one at year end.
 */
import type { SchoolCase } from '../../../src/domain/case';
import { sampleScores } from '../../../src/domain/sample';
import { BUILT_IN_ROLES, type Person, type SchoolRoster, type Team } from '../../../src/domain/school/types';
import { defaultScoringConfig, seed000Rounds } from '../../../src/domain/scoring';
import type { Criterion, ScoringConfig } from '../../../src/domain/scoring';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thanh', 'Thu'];
const GIVEN = [
  'An',
  'Ánh',
  'Bình',
  'Chi',
  'Dũng',
  'Hà',
  'Hương',
  'Khoa',
  'Lan',
  'Sơn',
  'Tâm',
  'Yến',
  'Nhung',
];

/** 60 criteria in 6 sections: 48 scored 0–1,75 (84 points) and 12 deductions of 1⅓ (16): 100 for everyone. */
export function sixtyCriteriaConfig(): ScoringConfig {
  const base = defaultScoringConfig(seed000Rounds());
  const sections = Array.from({ length: 6 }, (_, s) => ({ id: `S${s + 1}`, label: `Phần ${s + 1}` }));
  const criteria: Criterion[] = Array.from({ length: 60 }, (_, i): Criterion => {
    const deduction = i % 5 === 4;
    return {
      id: `TC${i + 1}`,
      sectionId: sections[Math.floor(i / 10)].id,
      label: `Tiêu chí ${i + 1}`,
      kind: deduction ? 'deduction' : 'points',
      max: deduction ? 16 / 12 : 84 / 48,
      ...(deduction ? { deductionStep: 1 / 3 } : {}),
      roles: 'all',
    };
  });
  return { ...base, sections, criteria };
}

export function syntheticSchool(staffCount: number): SchoolCase {
  const teams: Team[] = Array.from({ length: 8 }, (_, i) => ({ id: `T${i + 1}`, name: `Tổ ${i + 1}` }));
  const staff: Person[] = Array.from({ length: staffCount }, (_, i) => ({
    id: `NV${String(i + 1).padStart(5, '0')}`,
    fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 11) % GIVEN.length]}`,
    gender: i % 4 === 0 ? 'nam' : 'nữ',
    birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
    roleId: BUILT_IN_ROLES[i % 4].id,
    position: 'Giáo viên',
    teamId: teams[i % teams.length].id,
    hireDate: '2010-09-01',
  }));
  const roster: SchoolRoster = {
    info: {
      name: 'Trường Tiểu học Thử Tải',
      schoolYear: '2020-2021',
      parentBody: 'Phòng Giáo dục và Đào tạo',
      place: 'Thuận An',
      yearStart: '2020-09-01',
      yearEnd: '2021-05-28',
    },
    roles: BUILT_IN_ROLES,
    teams,
    staff,
  };
  const config = sixtyCriteriaConfig();
  return { roster, scoring: { config, inputs: sampleScores(roster, config, { seed: staffCount }) } };
}
