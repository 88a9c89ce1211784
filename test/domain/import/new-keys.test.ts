import { importStaffList, suggestColumnMapping } from '../../../src/domain/import';
import { teamIdFor } from '../../../src/domain/import/teams';
import { keyMatch, keyProblem } from '../../../src/domain/scoring/keys';

/** Tổ names as people type them, including ones that fold to nothing, to digits or to a wildcard. */
const ADVERSARIAL = [
  'Tổ *',
  'Tổ ?',
  'Tổ ~1',
  '<>',
  '=1+1',
  '12',
  '2021-2022',
  '1.5',
  '***',
  '',
  '   ',
  'Tổ 数学',
  'Tổ 1',
  'TỔ 1',
  'tổ  1',
  'Tổ 1.',
  '.Tổ 1',
  'Tổ Tiếng Anh – Tin học',
  "Tổ 'Văn' phòng",
  'Tổ\tVăn phòng',
];

describe('a new tổ gets a mã that is safe in every lookup', () => {
  test('each adversarial name gives a safe mã tổ, unique without case', () => {
    const taken = new Set<string>(['TO-1']);
    for (const name of ADVERSARIAL) {
      const id = teamIdFor(name, taken);
      expect({ name, problem: keyProblem(id, 'team') }).toEqual({ name, problem: undefined });
      expect([...taken].map(keyMatch)).not.toContain(keyMatch(id));
      taken.add(id);
    }
  });

  test('the mã reads like the name where it can', () => {
    const none = new Set<string>();
    expect(teamIdFor('Tổ Tiếng Anh – Tin học', none)).toBe('to-tieng-anh-tin-hoc');
    expect(teamIdFor('Tổ *', none)).toBe('to');
    expect(teamIdFor('12', none)).toBe('to-12');
    expect(teamIdFor('Tổ 1', new Set(['To-1']))).toBe('to-1-2');
  });

  test('a staff list with tổ named "*", "?" and "1" gets safe, distinct mã tổ', () => {
    const header = ['Mã CB', 'Họ và tên', 'Tổ'];
    const { mapping } = suggestColumnMapping(header);
    const { teams, staff } = importStaffList(
      [header, ['A1', 'Nguyễn Văn A', '*'], ['A2', 'Trần Thị B', '?'], ['A3', 'Lê Văn C', '1']],
      mapping,
      { headerRows: 1, sourceSheet: 'Danh sách', idPrefix: 'GV *' },
    );
    expect(teams).toHaveLength(3);
    for (const team of teams) expect(keyProblem(team.id, 'team')).toBeUndefined();
    expect(new Set(teams.map((t) => keyMatch(t.id))).size).toBe(3);
    expect(staff.map((p) => p.teamId)).toEqual(teams.map((t) => t.id));
  });

  test('people without a mã get generated ones that are safe even from an unsafe prefix', () => {
    const header = ['Họ và tên', 'Tổ'];
    const { mapping } = suggestColumnMapping(header);
    const { staff } = importStaffList([header, ['Nguyễn Văn A', 'Tổ 1'], ['Trần Thị B', 'Tổ 1']], mapping, {
      headerRows: 1,
      sourceSheet: 'Danh sách',
      idPrefix: 'GV *',
    });
    expect(staff).toHaveLength(2);
    for (const person of staff) expect(keyProblem(person.id, 'person')).toBeUndefined();
  });
});
