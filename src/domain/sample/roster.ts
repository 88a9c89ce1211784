import { BUILT_IN_ROLES, type Person, type SchoolInfo, type SchoolRoster } from '../school/types';
import { SAMPLE_STAFF_ROWS, SAMPLE_TEAMS } from './roster-data';

/** Seed 000's school, year and parent body. */
export const SAMPLE_SCHOOL_INFO: SchoolInfo = {
  name: 'Trường Tiểu học Bình Hòa 2',
  schoolYear: '2020-2021',
  parentBody: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
  place: 'Thuận An',
  yearStart: '2020-09-01',
  yearEnd: '2021-05-28',
  principalName: 'Nguyễn Thị Hoàng Trang',
};

/** Staff code of the n-th person (1-based) in the sample list, e.g. "BH2-007". */
export function sampleStaffCode(n: number): string {
  return `BH2-${String(n).padStart(3, '0')}`;
}

/** The sample school (seed 000): 61 staff in 8 tổ. Always the same data; callers may mutate their copy. */
export function sampleRoster(): SchoolRoster {
  const staff: Person[] = SAMPLE_STAFF_ROWS.map(
    ([fullName, gender, birthDate, hireDate, position, roleId, teamId], index) => ({
      id: sampleStaffCode(index + 1),
      fullName,
      gender,
      birthDate,
      roleId,
      position,
      teamId,
      hireDate,
    }),
  );
  return {
    info: { ...SAMPLE_SCHOOL_INFO },
    roles: BUILT_IN_ROLES.map((role) => ({ ...role })),
    teams: SAMPLE_TEAMS.map((team) => ({ ...team })),
    staff,
  };
}
