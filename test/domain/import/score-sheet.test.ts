import fc from 'fast-check';
import {
  IMPORTED_TOTAL_ID,
  importScoreSheet,
  suggestColumnMapping,
  type ColumnMapping,
  type ImportCell,
  type ScoreSheetImportOptions,
} from '../../../src/domain/import';
import { sampleRoster, sampleScores } from '../../../src/domain/sample';
import { defaultScoringConfig } from '../../../src/domain/scoring/default-config';
import type { ScoringConfig } from '../../../src/domain/scoring/types';
import type { Person, SchoolRoster } from '../../../src/domain/school/types';
import { convertUnicodeToTcvn3, convertUnicodeToVni } from '../../../src/domain/text/legacy';

const config = defaultScoringConfig();
const HEADER = ['STT', 'Họ và tên', 'Tổ', '1.1', '1.2', '2.1'];
/** Columns: A STT, B name, C tổ, D 1.1, E 1.2, F 2.1. */
const MAPPING: ColumnMapping = {
  name: 1,
  team: 2,
  criteria: [
    { column: 3, criterionId: '1.1' },
    { column: 4, criterionId: '1.2' },
    { column: 5, criterionId: '2.1' },
  ],
  totals: [],
};
const OPTIONS: ScoreSheetImportOptions = {
  roundId: 'dot-1',
  level: 'self',
  headerRows: 1,
  sourceSheet: 'Chấm điểm HK1',
};

function rosterWithAn(): SchoolRoster {
  const roster = sampleRoster();
  const an: Person = {
    id: 'GV99',
    fullName: 'Nguyễn Văn An',
    gender: 'nam',
    birthDate: '1990-01-01',
    roleId: 'gvcn',
    position: 'Giáo viên',
    teamId: 'to-1',
  };
  roster.staff.push(an);
  return roster;
}

function run(rows: ImportCell[][], options: Partial<ScoreSheetImportOptions> = {}, mapping = MAPPING) {
  return importScoreSheet([HEADER, ...rows], mapping, rosterWithAn(), config, { ...OPTIONS, ...options });
}

function idOf(name: string, roster = rosterWithAn()): string {
  return roster.staff.find((p) => p.fullName === name)?.id ?? '';
}

describe('importing an existing score sheet', () => {
  test('a clean row gives one input per score cell, pointing at its source cell', () => {
    const { inputs, issues } = run([[1, 'Huỳnh Thị Mỹ Linh', 'Tổ 1', 9, 10, 8.5]]);
    expect(issues).toEqual([]);
    expect(inputs).toEqual([
      {
        personId: 'BH2-004',
        roundId: 'dot-1',
        criterionId: '1.1',
        level: 'self',
        value: 9,
        locator: { sheet: 'Chấm điểm HK1', address: 'D2' },
      },
      {
        personId: 'BH2-004',
        roundId: 'dot-1',
        criterionId: '1.2',
        level: 'self',
        value: 10,
        locator: { sheet: 'Chấm điểm HK1', address: 'E2' },
      },
      {
        personId: 'BH2-004',
        roundId: 'dot-1',
        criterionId: '2.1',
        level: 'self',
        value: 8.5,
        locator: { sheet: 'Chấm điểm HK1', address: 'F2' },
      },
    ]);
  });

  test('a name typed in NFD (macOS) matches the NFC name on the roster', () => {
    const nfd = 'Huỳnh Thị Mỹ Linh'.normalize('NFD');
    expect(nfd).not.toBe('Huỳnh Thị Mỹ Linh');
    const { inputs, issues } = run([[1, `  ${nfd.toUpperCase()} `, 'Tổ 1', 9, null, null]]);
    expect(issues).toEqual([]);
    expect(inputs.map((i) => i.personId)).toEqual(['BH2-004']);
  });

  test('"9,5" typed as text with a decimal comma is read as 9.5', () => {
    const { inputs, issues } = run([[1, 'Huỳnh Thị Mỹ Linh', 'Tổ 1', '9,5', ' 7,25 ', '10']]);
    expect(issues).toEqual([]);
    expect(inputs.map((i) => i.value)).toEqual([9.5, 7.25, 10]);
  });

  test('a TCVN3 row ("NguyÔn V¨n An" in .VnTime) is converted and reported as information', () => {
    const grid: ImportCell[][] = [HEADER, [1, 'NguyÔn V¨n An', 'Tæ 1', 9, 9, 9]];
    const fonts = [[], [undefined, '.VnTime', '.VnTime']];
    const { inputs, issues } = importScoreSheet(grid, MAPPING, rosterWithAn(), config, { ...OPTIONS, fonts });
    expect(inputs.map((i) => i.personId)).toEqual(['GV99', 'GV99', 'GV99']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'import.legacy-text-converted', severity: 'info' });
    expect(issues[0].message).toContain('TCVN3');
    expect(issues[0].message).toContain('"NguyÔn V¨n An" thành "Nguyễn Văn An"');
    expect(issues[0].location).toEqual({ sheet: 'Chấm điểm HK1', address: 'B2' });
  });

  test('TCVN3 text without its font is recognised by its letters', () => {
    const name = convertUnicodeToTcvn3('Trương Thị Diễm Phúc');
    expect(name).not.toBe('Trương Thị Diễm Phúc');
    const { inputs, issues } = run([[1, name, null, 8, null, null]]);
    expect(inputs.map((i) => i.personId)).toEqual([idOf('Trương Thị Diễm Phúc')]);
    expect(issues.map((i) => i.code)).toEqual(['import.legacy-text-converted']);
  });

  test('a VNI row (VNI-Times) is converted', () => {
    const name = convertUnicodeToVni('Nguyễn Thị Bích Ngọc');
    expect(name).toBe('Nguyeãn Thò Bích Ngoïc');
    const grid: ImportCell[][] = [HEADER, [1, name, null, 9, null, null]];
    const fonts = [[], [undefined, 'VNI-Times']];
    const { inputs, issues } = importScoreSheet(grid, MAPPING, rosterWithAn(), config, { ...OPTIONS, fonts });
    expect(inputs.map((i) => i.personId)).toEqual([idOf('Nguyễn Thị Bích Ngọc')]);
    expect(issues.map((i) => i.code)).toEqual(['import.legacy-text-converted']);
    expect(issues[0].message).toContain('VNI');
  });

  test('Unicode text in a cell that still carries a .VnTime font is left alone', () => {
    const fonts = [[], [undefined, '.VnTime']];
    const grid: ImportCell[][] = [HEADER, [1, 'Huỳnh Thị Mỹ Linh', null, 9, null, null]];
    const { inputs, issues } = importScoreSheet(grid, MAPPING, rosterWithAn(), config, { ...OPTIONS, fonts });
    expect(inputs.map((i) => i.personId)).toEqual(['BH2-004']);
    expect(issues).toEqual([]);
  });

  describe('bad cells get a message naming the sheet, the cell, the person and the criterion', () => {
    const { inputs, issues } = run([[1, 'Huỳnh Thị Mỹ Linh', 'Tổ 1', 12, 'abc', -1]]);
    const byCell = (address: string) => issues.filter((i) => i.location?.address === address);

    test('above the maximum: an error, the value kept as typed so the template flags it too', () => {
      expect(byCell('D2')).toHaveLength(1);
      expect(byCell('D2')[0]).toMatchObject({ code: 'score.above-max', severity: 'error' });
      expect(byCell('D2')[0].message).toMatch(
        /^Ô D2 trang "Chấm điểm HK1": Huỳnh Thị Mỹ Linh \(mã BH2-004\), Đợt 1, tiêu chí 1\.1/,
      );
      expect(byCell('D2')[0].message).toContain('điểm 12 vượt điểm tối đa 10');
      expect(inputs.find((i) => i.criterionId === '1.1')?.value).toBe(12);
    });

    test('text that is not a number: an error quoting it, and no input', () => {
      expect(byCell('E2')).toHaveLength(1);
      expect(byCell('E2')[0]).toMatchObject({ code: 'import.not-a-number', severity: 'error' });
      expect(byCell('E2')[0].message).toContain('Ô E2 trang "Chấm điểm HK1": Huỳnh Thị Mỹ Linh');
      expect(byCell('E2')[0].message).toContain('tiêu chí 1.2');
      expect(byCell('E2')[0].message).toContain('"abc" không phải là số');
      expect(inputs.some((i) => i.criterionId === '1.2')).toBe(false);
    });

    test('a negative score: an error naming the cell', () => {
      expect(byCell('F2')).toHaveLength(1);
      expect(byCell('F2')[0]).toMatchObject({ code: 'score.negative', severity: 'error' });
      expect(byCell('F2')[0].message).toContain('Ô F2');
      expect(byCell('F2')[0].message).toContain('-1 là số âm');
    });

    test('every message is NFC', () => {
      for (const issue of issues) expect(issue.message).toBe(issue.message.normalize('NFC'));
    });
  });

  test('TRUE in a score cell is not a number', () => {
    const { inputs, issues } = run([[1, 'Huỳnh Thị Mỹ Linh', null, true, null, null]]);
    expect(inputs).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('Ô D2');
    expect(issues[0].message).toContain('TRUE');
  });

  test('a criterion that does not apply to the person’s role is reported and not imported', () => {
    // 2.1 is for teachers; Phạm Thị Kim Loan is the accountant.
    const { inputs, issues } = run([[1, 'Phạm Thị Kim Loan', 'Tổ Văn phòng', 9, 9, 7]]);
    expect(inputs.map((i) => i.criterionId)).toEqual(['1.1', '1.2']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'import.not-applicable', location: { address: 'F2' } });
    expect(issues[0].message).toContain('Phạm Thị Kim Loan');
  });

  test('a person missing from the roster: the row is reported with its cell, nothing imported', () => {
    const { inputs, issues, newPeople } = run([[1, 'Trần Thị Không Có', 'Tổ 1', 9, 9, 9]]);
    expect(inputs).toEqual([]);
    expect(newPeople).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import.unknown-person',
      severity: 'error',
      location: { address: 'B2' },
    });
    expect(issues[0].message).toContain('Trần Thị Không Có không có trong danh sách cán bộ');
    expect(issues[0].message).toContain('dòng 2');
  });

  test('opting in adds the missing person (with tổ and role read from the row) and imports the scores', () => {
    const mapping: ColumnMapping = { ...MAPPING, position: 6 };
    const grid: ImportCell[][] = [
      [...HEADER, 'Chức vụ'],
      [1, 'Trần Thị Mới', 'Tổ 2', 9, 9, 9, 'Giáo viên chủ nhiệm'],
      [2, 'Lê Văn Khách', 'Tổ Bán trú', 8, 8, null, 'Nhân viên'],
    ];
    const result = importScoreSheet(grid, mapping, rosterWithAn(), config, {
      ...OPTIONS,
      addUnknownPeople: true,
    });
    expect(result.newPeople).toEqual([
      {
        id: 'MOI-001',
        fullName: 'Trần Thị Mới',
        gender: 'nữ',
        roleId: 'gvcn',
        position: 'Giáo viên chủ nhiệm',
        teamId: 'to-2',
      },
      {
        id: 'MOI-002',
        fullName: 'Lê Văn Khách',
        gender: 'nữ',
        roleId: 'nhan-vien',
        position: 'Nhân viên',
        teamId: 'to-ban-tru',
      },
    ]);
    expect(result.newTeams).toEqual([{ id: 'to-ban-tru', name: 'Tổ Bán trú' }]);
    expect(result.inputs.filter((i) => i.personId === 'MOI-001')).toHaveLength(3);
    const codes = result.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'import.new-person')).toHaveLength(2);
    expect(codes).toContain('import.new-team');
  });

  test('people added from a sheet without tổ or role columns are flagged, not silently left empty', () => {
    const mapping: ColumnMapping = { ...MAPPING, team: undefined };
    const result = run([[1, 'Trần Thị Mới', null, 9, null, null]], { addUnknownPeople: true }, mapping);
    expect(result.newPeople).toEqual([
      { id: 'MOI-001', fullName: 'Trần Thị Mới', gender: 'nữ', roleId: '', position: '', teamId: '' },
    ]);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['import.new-person', 'info'],
      ['import.no-gender-column', 'warning'],
      ['import.no-role-column', 'error'],
      ['import.no-team-column', 'error'],
    ]);
  });

  test('a sheet identified by staff codes alone imports by code', () => {
    const mapping: ColumnMapping = {
      staffCode: 0,
      criteria: [{ column: 1, criterionId: '1.1' }],
      totals: [],
    };
    const grid: ImportCell[][] = [
      ['Mã CB', '1.1'],
      ['BH2-028', 9],
      ['BH2-999', 8],
    ];
    const { inputs, issues } = importScoreSheet(grid, mapping, rosterWithAn(), config, OPTIONS);
    expect(inputs.map((i) => [i.personId, i.value])).toEqual([['BH2-028', 9]]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'import.unknown-person', location: { address: 'A3' } });
    expect(issues[0].message).toContain('"BH2-999"');
  });

  test('blank rows between people are reported once; blank rows at the end are no rows at all', () => {
    const { inputs, issues } = run([
      [1, 'Huỳnh Thị Mỹ Linh', 'Tổ 1', 9, null, null],
      [null, null, null, null, null, null],
      [2, '', '   ', null, null, null],
      [3, 'Trần Thị Thu Hương', 'Tổ 1', 8, null, null],
      [null, null],
      [4],
    ]);
    expect(inputs.map((i) => i.personId)).toEqual(['BH2-004', 'BH2-006']);
    expect(issues).toEqual([
      {
        code: 'import.empty-rows',
        severity: 'info',
        message: 'Trang "Chấm điểm HK1": bỏ qua 2 dòng không có dữ liệu ở các cột đã chọn (dòng 3, 4).',
      },
    ]);
  });

  test('scores without a name, a "Tổng cộng" row and a label row are each reported, never dropped unseen', () => {
    const { inputs, issues } = run([
      ['TỔ 1', 'TỔ 1', null, null, null, null],
      [1, 'Huỳnh Thị Mỹ Linh', 'Tổ 1', 9, null, null],
      [2, null, null, 8, 7, null],
      [null, 'Tổng cộng', null, 17, 7, null],
    ]);
    expect(inputs).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.severity, i.location?.address])).toEqual([
      ['import.unknown-person', 'warning', 'B2'],
      ['import.row-without-name', 'error', 'B4'],
      ['import.summary-row', 'info', 'B5'],
    ]);
    expect(issues[1].message).toContain('dòng 4 có điểm nhưng không có họ tên');
  });

  test('namesakes: without a way to tell them apart the row is an error, never a guess', () => {
    const { inputs, issues } = run([[1, 'Nguyễn Thị Thu Hà', null, 9, null, null]]);
    expect(inputs).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import.ambiguous-person',
      severity: 'error',
      location: { address: 'B2' },
    });
    expect(issues[0].message).toContain('có 2 người tên Nguyễn Thị Thu Hà');
    expect(issues[0].message).toContain('sinh 12/04/1985');
    expect(issues[0].message).toContain('sinh 03/10/1992');
  });

  test('namesakes told apart by the tổ column or by birth date', () => {
    const byTeam = run([
      [1, 'Nguyễn Thị Thu Hà', 'Tổ 2', 9, null, null],
      [2, 'Nguyễn Thị Thu Hà', 'Tổ 4', 8, null, null],
    ]);
    expect(byTeam.issues).toEqual([]);
    expect(byTeam.inputs.map((i) => [i.personId, i.value])).toEqual([
      ['BH2-013', 9],
      ['BH2-028', 8],
    ]);
    const mapping: ColumnMapping = { ...MAPPING, team: undefined, birthDate: 2 };
    const byBirth = run(
      [
        [1, 'Nguyễn Thị Thu Hà', '03/10/1992', 7, null, null],
        [2, 'Nguyễn Thị Thu Hà', '12/04/1985', 6, null, null],
      ],
      {},
      mapping,
    );
    expect(byBirth.issues).toEqual([]);
    expect(byBirth.inputs.map((i) => [i.personId, i.value])).toEqual([
      ['BH2-028', 7],
      ['BH2-013', 6],
    ]);
  });

  test('the same person twice: the second row is an error naming both rows', () => {
    const { inputs, issues } = run([
      [1, 'Huỳnh Thị Mỹ Linh', 'Tổ 1', 9, null, null],
      [2, 'Huỳnh Thị Mỹ Linh', 'Tổ 1', 5, null, null],
    ]);
    expect(inputs.map((i) => i.value)).toEqual([9]);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('đã có ở dòng 2');
    expect(issues[0].message).toContain('dòng 3');
  });

  test('a staff code column settles who is who, and a code that belongs to someone else is refused', () => {
    const mapping: ColumnMapping = { ...MAPPING, staffCode: 0 };
    const { inputs, issues } = run(
      [
        ['BH2-028', 'Nguyễn Thị Thu Hà', null, 9, null, null],
        ['BH2-004', 'Trần Thị Thu Hương', null, 9, null, null],
      ],
      {},
      mapping,
    );
    expect(inputs.map((i) => i.personId)).toEqual(['BH2-028']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'import.code-name-conflict', location: { address: 'B3' } });
    expect(issues[0].message).toContain('là của Huỳnh Thị Mỹ Linh');
  });

  test('total-only: one "total" value per person, criterion detail not invented, the gap reported', () => {
    const mapping: ColumnMapping = { name: 1, criteria: [], totals: [{ column: 2 }] };
    const grid: ImportCell[][] = [
      ['STT', 'Họ và tên', 'Tổng điểm'],
      [1, 'Huỳnh Thị Mỹ Linh', '92,5'],
      [2, 'Trần Thị Thu Hương', 81],
      [3, 'Bùi Thị Thanh Tâm', 'chưa chấm'],
    ];
    const result = importScoreSheet(grid, mapping, rosterWithAn(), config, OPTIONS);
    expect(result.inputs).toEqual([]);
    expect(result.totals).toEqual([
      {
        personId: 'BH2-004',
        roundId: 'dot-1',
        criterionId: IMPORTED_TOTAL_ID,
        level: 'self',
        value: 92.5,
        locator: { sheet: 'Chấm điểm HK1', address: 'C2' },
      },
      {
        personId: 'BH2-006',
        roundId: 'dot-1',
        criterionId: IMPORTED_TOTAL_ID,
        level: 'self',
        value: 81,
        locator: { sheet: 'Chấm điểm HK1', address: 'C3' },
      },
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['import.total-only', 'import.not-a-number']);
    expect(result.issues[0].message).toContain('không có điểm từng tiêu chí');
    expect(result.issues[1].message).toContain('Ô C4');
    expect(result.issues[1].message).toContain('"chưa chấm" không phải là số');
  });

  test('with criteria mapped, a total column only checks each complete row', () => {
    const mapping: ColumnMapping = {
      name: 0,
      criteria: ['1.1', '1.2', '6.1', '6.2', '6.3', '7.1', '7.2', '8.1'].map((criterionId, i) => ({
        column: i + 1,
        criterionId,
      })),
      totals: [{ column: 9 }],
    };
    // The principal: 18 + 66 + 6 (no absence) + 3,5 (one late arrival) + 2 bonus points = 95,5.
    const grid: ImportCell[][] = [
      ['Họ và tên', '1.1', '1.2', '6.1', '6.2', '6.3', '7.1', '7.2', '8.1', 'Tổng'],
      ['Nguyễn Thị Hoàng Trang', 9, 9, 24, 23, 19, 0, 1, 2, '95,5'],
      ['Trần Văn Hùng', 9, 9, 24, 23, 19, 0, 1, null, 90],
      ['Lê Thị Ngọc Hân', 9, 9, 24, null, 19, 0, 0, null, 10],
    ];
    const { inputs, totals, issues } = importScoreSheet(grid, mapping, rosterWithAn(), config, OPTIONS);
    expect(totals).toEqual([]);
    expect(inputs).toHaveLength(8 + 7 + 6);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import.total-mismatch',
      severity: 'warning',
      location: { address: 'J3' },
    });
    expect(issues[0].message).toContain('sheet gốc ghi tổng 90 nhưng cộng các tiêu chí được 93,5');
  });

  test('a two-row header with three levels imports each level from its own column', () => {
    const top = ['Họ và tên', 'Tiêu chí 1.1', null, null];
    const bottom = [null, 'Tự ĐG', 'Tổ ĐG', 'HĐ ĐG'];
    const grid: ImportCell[][] = [top, bottom, ['Huỳnh Thị Mỹ Linh', 10, 9, 9.5]];
    const { mapping } = suggestColumnMapping([top, bottom], config.criteria);
    const { inputs, issues } = importScoreSheet(grid, mapping, rosterWithAn(), config, {
      ...OPTIONS,
      headerRows: 2,
    });
    expect(issues).toEqual([]);
    expect(inputs.map((i) => [i.level, i.value])).toEqual([
      ['self', 10],
      ['team', 9],
      ['council', 9.5],
    ]);
  });

  test('a range selected away from A1 names the real cells', () => {
    const { issues } = run([[1, 'Huỳnh Thị Mỹ Linh', null, 'x', null, null]], {
      origin: { row: 4, column: 1 },
    });
    expect(issues[0].location).toEqual({ sheet: 'Chấm điểm HK1', address: 'E6' });
    expect(issues[0].message).toMatch(/^Ô E6 /);
  });

  test('a monthly round needs its month; a wrong round or criterion stops the import with a reason', () => {
    const monthly: ScoringConfig = defaultScoringConfig([
      {
        id: 'hk1',
        label: 'Học kỳ I',
        start: '2020-09-01',
        end: '2021-01-15',
        weight: 1,
        months: [{ id: 't9', label: 'Tháng 9' }],
      },
    ]);
    const grid: ImportCell[][] = [HEADER, [1, 'Huỳnh Thị Mỹ Linh', null, 9, null, null]];
    const noMonth = importScoreSheet(grid, MAPPING, rosterWithAn(), monthly, { ...OPTIONS, roundId: 'hk1' });
    expect(noMonth.inputs).toEqual([]);
    expect(noMonth.issues[0].message).toContain('"Tháng 9"');
    const withMonth = importScoreSheet(grid, MAPPING, rosterWithAn(), monthly, {
      ...OPTIONS,
      roundId: 'hk1',
      monthId: 't9',
    });
    expect(withMonth.inputs[0]).toMatchObject({ roundId: 'hk1', monthId: 't9', value: 9 });
    const badRound = run([[1, 'Huỳnh Thị Mỹ Linh', null, 9, null, null]], { roundId: 'dot-9' });
    expect(badRound.issues.map((i) => i.code)).toEqual(['import.unknown-round']);
    expect(badRound.issues[0].message).toContain('"Đợt 1", "Đợt 2"');
    const badCriterion = run([], {}, { ...MAPPING, criteria: [{ column: 3, criterionId: '9.9' }] });
    expect(badCriterion.issues[0].message).toContain('cột D');
  });

  test('round trip: sample scores written as a sheet in any mix of NFC/NFD names and "9,5" text come back', () => {
    const roster = rosterWithAn();
    const criteria = ['1.1', '1.2', '7.1', '8.1'];
    const expected = sampleScores(roster, config, { seed: 5 }).filter(
      (s) => s.roundId === 'dot-1' && s.level === 'self' && criteria.includes(s.criterionId),
    );
    const mapping: ColumnMapping = {
      name: 0,
      team: 1,
      criteria: criteria.map((criterionId, i) => ({ column: i + 2, criterionId })),
      totals: [],
    };
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (flags) => {
        let flag = 0;
        const pick = () => flags[flag++ % flags.length];
        const rows: ImportCell[][] = roster.staff.map((person) => {
          const team = roster.teams.find((t) => t.id === person.teamId)?.name ?? '';
          const name = pick() ? person.fullName.normalize('NFD') : person.fullName;
          return [
            name,
            team,
            ...criteria.map((criterionId) => {
              const value = expected.find(
                (s) => s.personId === person.id && s.criterionId === criterionId,
              )?.value;
              if (value === undefined) return null;
              return pick() ? String(value).replace('.', ',') : value;
            }),
          ];
        });
        const result = importScoreSheet(
          [['Họ và tên', 'Tổ', ...criteria], ...rows],
          mapping,
          roster,
          config,
          OPTIONS,
        );
        const strip = (list: typeof expected) =>
          list.map((s) => `${s.personId}|${s.criterionId}|${s.value}`).sort();
        return (
          result.issues.length === 0 &&
          JSON.stringify(strip(result.inputs)) === JSON.stringify(strip(expected))
        );
      }),
      { numRuns: 20 },
    );
  });
});
