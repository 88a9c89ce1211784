import { convertUnicodeToTcvn3 } from '../../../src/domain/text';
import { emptyDraft, importStaff, sampleDraft } from '../../../src/taskpane/panels/template/draft';
import {
  sourceFromSelection,
  sourceFromText,
} from '../../../src/taskpane/panels/template/import/import-source';
import {
  guessHeaderRows,
  suggestChoices,
} from '../../../src/taskpane/panels/template/import/mapping-choices';
import { clashingCodes, readStaffSource } from '../../../src/taskpane/panels/template/staff/staff-import';

function readPaste(text: string, draft = emptyDraft(), mode: 'replace' | 'append' = 'replace') {
  const source = sourceFromText(text, 'Dữ liệu dán');
  const headerRows = guessHeaderRows(source.grid);
  return readStaffSource(source, headerRows, suggestChoices(source.grid, headerRows, []), draft, mode);
}

describe('a staff list pasted from Excel', () => {
  test('without a header: name, gender, position, role, tổ, hire date, birth date, code', () => {
    const read = readPaste(
      'Nguyễn Văn An\tNam\tGiáo viên\tGiáo viên chủ nhiệm\tTổ 1\t05/09/2010\t01/02/1985\tGV01\n' +
        'Lê Thị Hà\tNữ\tKế toán\tNhân viên\tTổ Văn phòng\t01/08/2015\t03/04/1990\tNV01\n',
    );
    expect(read.staff).toEqual([
      expect.objectContaining({
        id: 'GV01',
        fullName: 'Nguyễn Văn An',
        gender: 'nam',
        roleId: 'gvcn',
        hireDate: '2010-09-05',
        birthDate: '1985-02-01',
      }),
      expect.objectContaining({ id: 'NV01', fullName: 'Lê Thị Hà', gender: 'nữ', roleId: 'nhan-vien' }),
    ]);
    expect(read.teams.map((t) => t.name)).toEqual(['Tổ 1', 'Tổ Văn phòng']);
  });

  test('names typed in NFD come out in NFC', () => {
    const read = readPaste(`Họ và tên\tTổ\n${'Trần Thị Thu Hà'.normalize('NFD')}\tTổ 2\n`);
    expect(read.staff[0].fullName).toBe('Trần Thị Thu Hà'.normalize('NFC'));
  });

  test('a person without tổ is kept and the cell is named', () => {
    const read = readPaste('Họ và tên\tTổ\nNguyễn Văn An\t\n');
    expect(read.staff).toHaveLength(1);
    expect(read.issues.some((issue) => issue.severity === 'error' && issue.message.includes('B2'))).toBe(
      true,
    );
  });

  test('appending to the sample: "Tổ 1" is the sample’s tổ, and a code already used is a clash', () => {
    const draft = sampleDraft(false);
    const read = readPaste('Họ và tên\tTổ\tMã\nPhan Văn Mới\tTổ 1\tBH2-001\n', draft, 'append');
    expect(read.staff[0].teamId).toBe('to-1');
    expect(clashingCodes(read, draft)).toEqual(['BH2-001']);
    const fresh = readPaste('Họ và tên\tTổ\nPhan Văn Mới\tTổ 1\n', draft, 'append');
    expect(clashingCodes(fresh, draft)).toEqual([]);
    expect(importStaff(draft, fresh.staff, fresh.teams, 'append').staff).toHaveLength(62);
  });
});

describe('a staff list taken from the selected range', () => {
  test('TCVN3 text in a .VnTime range is converted, and messages name the sheet’s own cells', () => {
    const legacy = convertUnicodeToTcvn3('Nguyễn Thị Hoà');
    const source = sourceFromSelection({
      sheet: 'DS cũ',
      address: 'C4:D6',
      origin: { row: 3, column: 2 },
      values: [
        ['Họ và tên', 'Tổ'],
        [legacy, 'Tæ 1'],
        ['Lê Văn Tâm', null],
      ],
      font: '.VnTime',
    });
    const read = readStaffSource(source, 1, suggestChoices(source.grid, 1, []), emptyDraft(), 'replace');
    expect(read.staff[0].fullName).toBe('Nguyễn Thị Hoà');
    expect(
      read.issues.some((issue) => issue.location?.address === 'D6' && issue.location.sheet === 'DS cũ'),
    ).toBe(true);
  });
});
