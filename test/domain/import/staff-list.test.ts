import { importStaffList, suggestColumnMapping, type ImportCell } from '../../../src/domain/import';
import { sampleRoster } from '../../../src/domain/sample';
import { convertUnicodeToTcvn3 } from '../../../src/domain/text/legacy';

const HEADER = ['STT', 'Mã CB', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Tổ', 'Ngày tuyển dụng'];
const { mapping } = suggestColumnMapping(HEADER);
const OPTIONS = { headerRows: 1, sourceSheet: 'Danh sách' };

function run(rows: ImportCell[][], options = {}) {
  return importStaffList([HEADER, ...rows], mapping, { ...OPTIONS, ...options });
}

describe('importing a pasted staff list', () => {
  test('the header is recognised', () => {
    expect(mapping).toMatchObject({
      staffCode: 1,
      name: 2,
      gender: 3,
      birthDate: 4,
      position: 5,
      team: 6,
      hireDate: 7,
    });
  });

  test('people with dd/mm/yyyy dates, roles from chức vụ, tổ created in order of appearance', () => {
    const { staff, teams, issues } = run([
      [1, 'GV01', 'Nguyễn Thị Hoàng Trang', 'Nữ', '14/03/1972', 'Hiệu trưởng', 'Tổ Văn phòng', '01/09/1993'],
      [2, 'GV02', 'Trần Văn Hùng', 'Nam', '22/8/1975', 'Phó hiệu trưởng', 'Tổ Văn phòng', null],
      [3, 'GV03', 'Huỳnh Thị Mỹ Linh', 'nữ', '20/01/1978', 'GVCN', 'Tổ 1', '1/9/1998'],
      [4, 'GV04', 'Phạm Thị Kim Loan', 'Nữ', null, 'Kế toán', 'Văn phòng', null],
      [5, 'GV05', 'Dương Văn Khánh', 'Nam', null, 'Tổng phụ trách Đội', 'Tổ Văn phòng', null],
      [6, 'GV06', 'Phan Thị Ngọc Quyên', 'Nữ', null, 'Giáo viên', 'Tổ Tiếng Anh – Tin học', null],
    ]);
    expect(issues).toEqual([]);
    expect(staff[0]).toEqual({
      id: 'GV01',
      fullName: 'Nguyễn Thị Hoàng Trang',
      gender: 'nữ',
      birthDate: '1972-03-14',
      hireDate: '1993-09-01',
      roleId: 'can-bo-quan-ly',
      position: 'Hiệu trưởng',
      teamId: 'to-van-phong',
    });
    expect(staff.map((p) => [p.gender, p.roleId, p.teamId])).toEqual([
      ['nữ', 'can-bo-quan-ly', 'to-van-phong'],
      ['nam', 'can-bo-quan-ly', 'to-van-phong'],
      ['nữ', 'gvcn', 'to-1'],
      ['nữ', 'nhan-vien', 'to-van-phong'],
      ['nam', 'kiem-nhiem', 'to-van-phong'],
      ['nữ', 'giao-vien', 'to-tieng-anh-tin-hoc'],
    ]);
    expect(staff[1].birthDate).toBe('1975-08-22');
    expect(teams).toEqual([
      { id: 'to-van-phong', name: 'Tổ Văn phòng' },
      { id: 'to-1', name: 'Tổ 1' },
      { id: 'to-tieng-anh-tin-hoc', name: 'Tổ Tiếng Anh – Tin học' },
    ]);
  });

  test('known tổ are reused by name, "Văn phòng" meaning "Tổ Văn phòng"', () => {
    const known = sampleRoster().teams;
    const { staff, teams, issues } = run(
      [[1, null, 'Lê Văn Mười', 'Nam', null, 'Bảo vệ', 'VĂN PHÒNG', null]],
      {
        teams: known,
      },
    );
    expect(issues).toEqual([]);
    expect(staff[0].teamId).toBe('to-van-phong');
    expect(teams).toEqual(known);
  });

  test('blank rows are skipped and reported once; pre-numbered empty rows at the end are not rows', () => {
    const { staff, issues } = run([
      [1, null, 'Huỳnh Thị Mỹ Linh', 'Nữ', null, 'Giáo viên', 'Tổ 1', null],
      [],
      [3, null, 'Trần Thị Thu Hương', 'Nữ', null, 'Giáo viên', 'Tổ 1', null],
      [4],
      [5],
    ]);
    expect(staff.map((p) => p.fullName)).toEqual(['Huỳnh Thị Mỹ Linh', 'Trần Thị Thu Hương']);
    expect(staff.map((p) => p.id)).toEqual(['CB-001', 'CB-002']);
    expect(issues.map((i) => i.code)).toEqual(['import.empty-rows']);
    expect(issues[0].message).toContain('dòng 3');
  });

  test('a row repeated exactly is skipped with a warning naming both rows', () => {
    const row = [1, null, 'Huỳnh Thị Mỹ Linh', 'Nữ', '20/01/1978', 'Giáo viên', 'Tổ 1', null];
    const { staff, issues } = run([row, row]);
    expect(staff).toHaveLength(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import.duplicate-row',
      severity: 'warning',
      location: { address: 'C3' },
    });
    expect(issues[0].message).toContain('dòng 3 trùng hoàn toàn với dòng 2');
  });

  test('namesakes with different birth dates are two people; without them, a warning asks for one', () => {
    const apart = run([
      [1, null, 'Nguyễn Thị Thu Hà', 'Nữ', '12/04/1985', 'Giáo viên', 'Tổ 2', null],
      [2, null, 'Nguyễn Thị Thu Hà', 'Nữ', '03/10/1992', 'Giáo viên', 'Tổ 4', null],
    ]);
    expect(apart.staff).toHaveLength(2);
    expect(apart.issues).toEqual([]);
    const together = run([
      [1, null, 'Nguyễn Thị Thu Hà', 'Nữ', null, 'Giáo viên', 'Tổ 2', null],
      [2, null, 'Nguyễn Thị Thu Hà', 'Nữ', null, 'Giáo viên', 'Tổ 4', null],
    ]);
    expect(together.staff).toHaveLength(2);
    expect(together.issues.map((i) => i.code)).toEqual(['import.namesake-indistinct']);
    expect(together.issues[0].message).toContain('trùng tên với dòng 2');
  });

  test('a staff code used twice: the second person gets a new code and an error names the cell', () => {
    const { staff, issues } = run([
      [1, 'GV01', 'Huỳnh Thị Mỹ Linh', 'Nữ', null, 'Giáo viên', 'Tổ 1', null],
      [2, 'GV01', 'Trần Thị Thu Hương', 'Nữ', null, 'Giáo viên', 'Tổ 1', null],
    ]);
    expect(staff.map((p) => p.id)).toEqual(['GV01', 'CB-001']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import.duplicate-code',
      severity: 'error',
      location: { address: 'B3' },
    });
    expect(issues[0].message).toContain('trùng với mã của Huỳnh Thị Mỹ Linh ở dòng 2');
  });

  test('a person without tổ is kept, with an error on the empty cell', () => {
    const { staff, issues } = run([[1, null, 'Lý Thị Như Ý', 'Nữ', null, 'Giáo viên', null, null]]);
    expect(staff[0].teamId).toBe('');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import.person-without-team',
      severity: 'error',
      location: { address: 'G2' },
    });
    expect(issues[0].message).toContain('Lý Thị Như Ý chưa có tổ');
  });

  test('an unknown role is reported with the roles to choose from; a role label or id is understood', () => {
    const { staff, issues } = run([
      [1, null, 'Lý Thị Như Ý', 'Nữ', null, 'Chuyên gia', 'Tổ 1', null],
      [2, null, 'Đỗ Thị Kim Anh', 'Nữ', null, 'Giáo viên chủ nhiệm', 'Tổ 1', null],
      [3, null, 'Bùi Thị Thanh Tâm', 'Nữ', null, 'gvcn', 'Tổ 1', null],
    ]);
    expect(staff.map((p) => p.roleId)).toEqual(['', 'gvcn', 'gvcn']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import.unknown-role',
      severity: 'error',
      location: { address: 'F2' },
    });
    expect(issues[0].message).toContain('"Chuyên gia"');
    expect(issues[0].message).toContain('"Giáo viên chủ nhiệm"');
  });

  test('"Tổ trưởng" alone does not say the role: it follows the tổ, with a warning', () => {
    const { staff, issues } = run([
      [1, null, 'Huỳnh Thị Mỹ Linh', 'Nữ', null, 'Tổ trưởng', 'Tổ 1', null],
      [2, null, 'Đặng Thị Mỹ Dung', 'Nữ', null, 'Tổ trưởng', 'Tổ Văn phòng', null],
    ]);
    expect(staff.map((p) => p.roleId)).toEqual(['giao-vien', 'nhan-vien']);
    expect(issues.map((i) => i.code)).toEqual(['import.role-guessed', 'import.role-guessed']);
  });

  test('bad dates and year-only birth dates are warnings naming the cell; the person is kept', () => {
    const { staff, issues } = run([
      [1, null, 'Huỳnh Thị Mỹ Linh', 'Nữ', '31/02/1978', 'Giáo viên', 'Tổ 1', null],
      [2, null, 'Trần Thị Thu Hương', 'Nữ', 1984, 'Giáo viên', 'Tổ 1', null],
    ]);
    expect(staff).toHaveLength(2);
    expect(staff[0].birthDate).toBeUndefined();
    expect(issues.map((i) => [i.code, i.location?.address])).toEqual([
      ['import.bad-date', 'E2'],
      ['import.year-only', 'E3'],
    ]);
    expect(issues[0].message).toContain('31/02/1978');
  });

  test('an Excel date serial in a date cell is read as the date', () => {
    const { staff, issues } = run([[1, null, 'Huỳnh Thị Mỹ Linh', 'Nữ', 28510, 'Giáo viên', 'Tổ 1', null]]);
    expect(issues).toEqual([]);
    expect(staff[0].birthDate).toBe('1978-01-20');
  });

  test('an unclear gender is a warning; a list without gender column is said once', () => {
    const unclear = run([[1, null, 'Huỳnh Thị Mỹ Linh', '?', null, 'Giáo viên', 'Tổ 1', null]]);
    expect(unclear.issues.map((i) => [i.code, i.location?.address])).toEqual([
      ['import.unknown-gender', 'D2'],
    ]);
    const grid = [
      ['Họ và tên', 'Tổ', 'Chức vụ'],
      ['Huỳnh Thị Mỹ Linh', 'Tổ 1', 'Giáo viên'],
      ['Trần Văn Hùng', 'Tổ 1', 'Giáo viên'],
    ];
    const noGender = importStaffList(grid, suggestColumnMapping(grid[0]).mapping, OPTIONS);
    expect(noGender.issues.map((i) => i.code)).toEqual(['import.no-gender-column']);
    expect(noGender.issues[0].message).toContain('2 người');
  });

  test('a "Nữ" column marked with x gives women; unmarked rows are men', () => {
    const grid = [
      ['Họ và tên', 'Nữ', 'Tổ', 'Chức vụ'],
      ['Huỳnh Thị Mỹ Linh', 'x', 'Tổ 1', 'Giáo viên'],
      ['Trần Văn Hùng', null, 'Tổ 1', 'Giáo viên'],
    ];
    const { staff, issues } = importStaffList(grid, suggestColumnMapping(grid[0]).mapping, OPTIONS);
    expect(issues).toEqual([]);
    expect(staff.map((p) => p.gender)).toEqual(['nữ', 'nam']);
  });

  test('names in TCVN3 are converted, NFD names stored in NFC', () => {
    const { staff, issues } = run([
      [1, null, convertUnicodeToTcvn3('Đặng Thị Thu Ba'), 'N÷', null, 'Gi¸o viªn', 'Tæ N¨ng khiÕu', null],
      [2, null, 'Võ Thị Mộng Tuyền'.normalize('NFD'), 'Nữ', null, 'Giáo viên', 'Tổ 2', null],
    ]);
    expect(staff.map((p) => p.fullName)).toEqual(['Đặng Thị Thu Ba', 'Võ Thị Mộng Tuyền']);
    expect(staff[0]).toMatchObject({
      gender: 'nữ',
      roleId: 'giao-vien',
      position: 'Giáo viên',
      teamId: 'to-nang-khieu',
    });
    expect(issues.map((i) => i.code)).toEqual(['import.legacy-text-converted']);
    expect(issues[0].message).toContain('4 ô');
  });

  test('a row with data but no name is reported, not dropped', () => {
    const { staff, issues } = run([[1, 'GV07', null, 'Nữ', null, 'Giáo viên', 'Tổ 1', null]]);
    expect(staff).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'import.row-without-name', location: { address: 'C2' } });
  });

  test('generated codes avoid codes the school already uses', () => {
    const { staff } = run([[1, null, 'Huỳnh Thị Mỹ Linh', 'Nữ', null, 'Giáo viên', 'Tổ 1', null]], {
      takenIds: ['CB-001'],
    });
    expect(staff[0].id).toBe('CB-002');
  });

  test('generated codes never take a code written further down the list', () => {
    const { staff, issues } = run([
      [1, null, 'Huỳnh Thị Mỹ Linh', 'Nữ', null, 'Giáo viên', 'Tổ 1', null],
      [2, 'CB-001', 'Trần Thị Thu Hương', 'Nữ', null, 'Giáo viên', 'Tổ 1', null],
    ]);
    expect(issues).toEqual([]);
    expect(staff.map((p) => p.id)).toEqual(['CB-002', 'CB-001']);
  });

  test('without a name column nothing is imported and the message says which column to choose', () => {
    const result = importStaffList([['A'], ['x']], { criteria: [], totals: [] }, OPTIONS);
    expect(result.staff).toEqual([]);
    expect(result.issues[0].message).toContain('"Họ và tên"');
  });

  test('with the school’s tổ known, a tổ name that matches none is created and reported (a typo?)', () => {
    const { staff, teams, issues } = run(
      [
        [1, null, 'Lê Văn Mười', 'Nam', null, 'Bảo vệ', 'Van phong', null],
        [2, null, 'Trần Thị Lệ', 'Nữ', null, 'Phục vụ', 'Tổ Bán trú', null],
      ],
      { teams: sampleRoster().teams },
    );
    expect(teams).toHaveLength(9);
    expect(staff.map((p) => p.teamId)).toEqual(['to-van-phong', 'to-ban-tru']);
    expect(teams[8]).toEqual({ id: 'to-ban-tru', name: 'Tổ Bán trú' });
    expect(issues.map((i) => [i.code, i.location?.address])).toEqual([['import.new-team', 'G3']]);
    expect(issues[0].message).toContain('"Tổ Bán trú"');
  });

  test('round trip: the sample school written as a list with role labels comes back as it was', () => {
    const roster = sampleRoster();
    const label = (id: string) => roster.roles.find((r) => r.id === id)?.label ?? '';
    const dmy = (iso?: string) => (iso ? iso.split('-').reverse().join('/') : null);
    const header = [
      'STT',
      'Mã CB',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Chức vụ',
      'Vai trò',
      'Tổ',
      'Ngày tuyển dụng',
    ];
    const rows = roster.staff.map((p, i) => [
      i + 1,
      p.id,
      p.fullName,
      p.gender === 'nam' ? 'Nam' : 'Nữ',
      dmy(p.birthDate),
      p.position,
      label(p.roleId),
      roster.teams.find((t) => t.id === p.teamId)?.name ?? '',
      dmy(p.hireDate),
    ]);
    const result = importStaffList([header, ...rows], suggestColumnMapping(header).mapping, {
      ...OPTIONS,
      teams: roster.teams,
    });
    expect(result.issues).toEqual([]);
    expect(result.teams).toEqual(roster.teams);
    expect(result.staff).toEqual(roster.staff);
  });
});
