import { sampleRoster } from '../../../src/domain/sample';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';

describe('the sample school (seed 000, Trường Tiểu học Bình Hòa 2, 2020-2021)', () => {
  const roster = sampleRoster();

  test('has 61 staff in 8 tổ, as the plan registers', () => {
    expect(roster.staff).toHaveLength(61);
    expect(roster.teams).toHaveLength(8);
    expect(roster.teams.map((team) => team.name)).toEqual(
      expect.arrayContaining(['Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4', 'Tổ 5', 'Tổ Năng khiếu', 'Tổ Văn phòng']),
    );
  });

  test('carries the school, the year and the principal of seed 000', () => {
    expect(roster.info).toMatchObject({
      name: 'Trường Tiểu học Bình Hòa 2',
      schoolYear: '2020-2021',
      yearStart: '2020-09-01',
      yearEnd: '2021-05-28',
      place: 'Thuận An',
      principalName: 'Nguyễn Thị Hoàng Trang',
    });
    expect(roster.info.parentBody).toContain('Thuận An');
    const principal = roster.staff.filter((person) => person.position === 'Hiệu trưởng');
    expect(principal.map((person) => person.fullName)).toEqual(['Nguyễn Thị Hoàng Trang']);
  });

  test('every person belongs to a known tổ, has a built-in role and a unique staff code', () => {
    const teamIds = new Set(roster.teams.map((team) => team.id));
    const roleIds = new Set(BUILT_IN_ROLES.map((role) => role.id));
    for (const person of roster.staff) {
      expect(teamIds.has(person.teamId)).toBe(true);
      expect(roleIds.has(person.roleId)).toBe(true);
    }
    expect(new Set(roster.staff.map((person) => person.id)).size).toBe(61);
  });

  test('every tổ has members and exactly one tổ trưởng', () => {
    for (const team of roster.teams) {
      const members = roster.staff.filter((person) => person.teamId === team.id);
      expect(members.length).toBeGreaterThan(0);
      expect(members.filter((person) => person.position === 'Tổ trưởng')).toHaveLength(1);
    }
  });

  test('has the positions a primary school has: two deputies, accountant, clerk, nurse, guards', () => {
    const count = (position: string) => roster.staff.filter((person) => person.position === position).length;
    expect(count('Phó hiệu trưởng')).toBe(2);
    expect(count('Kế toán')).toBe(1);
    expect(count('Văn thư')).toBe(1);
    expect(count('Y tế')).toBe(1);
    expect(count('Bảo vệ')).toBeGreaterThanOrEqual(1);
    const roles = new Set(roster.staff.map((person) => person.roleId));
    expect([...roles].sort()).toEqual(BUILT_IN_ROLES.map((role) => role.id).sort());
  });

  test('mostly women, as in primary schools', () => {
    const women = roster.staff.filter((person) => person.gender === 'nữ').length;
    expect(women * 100).toBeGreaterThan(70 * 61);
  });

  test('names are NFC and use many family names', () => {
    for (const person of roster.staff) expect(person.fullName).toBe(person.fullName.normalize('NFC'));
    const familyNames = new Set(roster.staff.map((person) => person.fullName.split(' ')[0]));
    expect(familyNames.size).toBeGreaterThanOrEqual(12);
  });

  test('one pair of namesakes, told apart by birth date', () => {
    const byName = new Map<string, string[]>();
    for (const person of roster.staff) {
      byName.set(person.fullName, [...(byName.get(person.fullName) ?? []), person.birthDate ?? '']);
    }
    const shared = [...byName.entries()].filter(([, births]) => births.length > 1);
    expect(shared).toHaveLength(1);
    const [, births] = shared[0];
    expect(births).toHaveLength(2);
    expect(births[0]).not.toBe(births[1]);
  });

  test('one person hired in March 2021, under six months before the year ends', () => {
    const recent = roster.staff.filter((person) => (person.hireDate ?? '') > '2020-11-28');
    expect(recent).toHaveLength(1);
    expect(recent[0].hireDate?.slice(0, 7)).toBe('2021-03');
  });

  test('dates are real ISO dates and everyone was hired after turning 18', () => {
    for (const person of roster.staff) {
      for (const date of [person.birthDate, person.hireDate]) {
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }
      const ageAtHire = Number(person.hireDate?.slice(0, 4)) - Number(person.birthDate?.slice(0, 4));
      expect(ageAtHire).toBeGreaterThanOrEqual(18);
    }
  });

  test('each call returns a fresh copy', () => {
    const first = sampleRoster();
    first.staff[0].fullName = 'Đã sửa';
    first.teams[0].name = 'Đã sửa';
    expect(sampleRoster().staff[0].fullName).toBe('Nguyễn Thị Hoàng Trang');
    expect(sampleRoster().teams[0].name).toBe('Tổ 1');
  });
});
