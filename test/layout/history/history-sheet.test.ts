/** "Lịch sử": written, read back by mã and by year header, and every unreadable cell reported by its cell. */
import type { TitleHistory } from '../../../src/domain/history';
import { sampleFullCase } from '../../../src/domain/sample';
import type { CellValue, SheetSpec } from '../../../src/layout/grid';
import { buildHistorySheet, LICH_SU_SHEET, readHistorySheet } from '../../../src/layout/history';
import { nextYearFromWorkbook } from '../../../src/layout/history/from-last-year';
import { readOwnership } from '../../../src/layout/owner-markers';
import { buildCaseWorkbook, readCaseWorkbook } from '../../../src/layout/workbook';
import { buildCaseInPlace } from '../../../src/layout/workbook/in-place';

const sample = sampleFullCase();
const [a, b, c] = sample.roster.staff.map((p) => p.id);

const history: TitleHistory = [
  { personId: a, year: 2017, titles: ['LDTT'] },
  { personId: a, year: 2018, titles: ['LDTT', 'CSTDCS'] },
  { personId: a, year: 2019, titles: ['LDTT', 'CSTDCS', 'CSTD_TINH'] },
  { personId: b, year: 2019, titles: ['LDTT'] },
  // Someone who has left the school keeps the years on record.
  { personId: 'GV-CU', year: 2018, titles: ['CSTDCS'] },
];

function values(sheet: SheetSpec): CellValue[][] {
  return sheet.cells.map((row) => (row ?? []).map((cell) => (cell && 'value' in cell ? cell.value : null)));
}

function withoutLocations(h: TitleHistory) {
  return h.map(({ location: _location, ...e }) => e);
}

const sorted = (h: ReturnType<typeof withoutLocations>) =>
  [...h].sort((x, y) => x.personId.localeCompare(y.personId) || x.year - y.year);

function built() {
  return buildHistorySheet({ roster: sample.roster, history, currentYear: 2020 });
}

describe('the Lịch sử sheet', () => {
  test('one row per person by mã, one column per earlier year, titles as text', () => {
    const { sheet, layout } = built();
    expect(sheet.name).toBe(LICH_SU_SHEET);
    expect(layout.years).toEqual([2017, 2018, 2019]);
    const grid = values(sheet);
    expect(grid[3]).toEqual(['STT', 'Mã', 'Họ và tên', '2017-2018', '2018-2019', '2019-2020']);
    const row = grid[layout.rows.get(a) ?? -1];
    expect(row.slice(1)).toEqual([
      a,
      sample.roster.staff[0].fullName,
      'LĐTT',
      'LĐTT, CSTĐCS',
      'LĐTT, CSTĐCS, CSTĐ tỉnh',
    ]);
    expect(layout.rows.size).toBe(sample.roster.staff.length + 1);
  });

  test('always shows the three years before the current one, for typing in from paper', () => {
    const { layout } = buildHistorySheet({ roster: sample.roster, history: [], currentYear: 2022 });
    expect(layout.years).toEqual([2019, 2020, 2021]);
  });

  test('round trip: what is written reads back, with each entry at its cell', () => {
    const { sheet } = built();
    const read = readHistorySheet(values(sheet), LICH_SU_SHEET);
    expect(read.issues).toEqual([]);
    expect(sorted(withoutLocations(read.history))).toEqual(sorted(history));
    const entry = read.history.find((e) => e.personId === a && e.year === 2019);
    expect(entry?.location).toEqual({ sheet: LICH_SU_SHEET, address: 'F5' });
  });

  test('rows sorted by name and a year column typed in by the school read the same', () => {
    const grid = values(built().sheet);
    const body = grid.slice(4).reverse();
    const typed = [...grid.slice(0, 4), ...body];
    typed[3] = [...typed[3], 'Năm học 2016 - 2017'];
    const row = typed.findIndex((r) => r?.[1] === c);
    typed[row] = [...typed[row], 'cstđcs; lđtt'];
    const read = readHistorySheet(typed, LICH_SU_SHEET);
    expect(read.issues).toEqual([]);
    expect(read.history.find((e) => e.personId === c)).toMatchObject({
      year: 2016,
      titles: ['LDTT', 'CSTDCS'],
    });
    expect(read.history.filter((e) => e.personId === a)).toHaveLength(3);
  });

  test('an unreadable cell is reported with its cell and left out; the rest is read', () => {
    const grid = values(built().sheet);
    const row = grid.findIndex((r) => r?.[1] === b);
    grid[row][4] = 'Giấy khen';
    grid[row][3] = 'TTLĐXS';
    const read = readHistorySheet(grid, LICH_SU_SHEET);
    const addresses = read.issues.map((i) => i.location?.address);
    expect(addresses).toEqual([`D${row + 1}`, `E${row + 1}`]);
    expect(read.issues[0].message).toContain('danh hiệu tập thể');
    expect(read.issues[1].message).toContain('"Giấy khen"');
    expect(read.issues[1].message).toContain(`mã ${b}`);
    expect(read.issues[1].message).toContain('2018-2019');
    expect(read.history.find((e) => e.personId === b)).toMatchObject({ year: 2019, titles: ['LDTT'] });
  });

  test('titles typed without a mã, and a bad year header, are reported by cell', () => {
    const grid = values(built().sheet);
    grid.push([null, null, 'Người chưa có mã', 'CSTĐCS']);
    grid[3] = [...grid[3], 'Năm trước'];
    grid[4] = [...grid[4], 'CSTĐCS'];
    const read = readHistorySheet(grid, LICH_SU_SHEET);
    expect(read.issues.map((i) => [i.code, i.location?.address])).toEqual(
      expect.arrayContaining([
        ['history.read.bad-year-header', 'G4'],
        ['sheet.row-without-key', `B${grid.length}`],
      ]),
    );
  });

  test('the case workbook carries it with a role marker; renamed, it is still read', () => {
    const schoolCase = { ...sample, history };
    const workbook = buildCaseWorkbook(schoolCase);
    const names = workbook.spec.names;
    const ownership = readOwnership(
      names,
      workbook.spec.sheets.map((s) => s.name),
    );
    expect(ownership.roles.get('history')).toBe(LICH_SU_SHEET);
    const sheets = Object.fromEntries(workbook.spec.sheets.map((s) => [s.name, values(s)]));
    sheets['Danh hiệu các năm'] = sheets[LICH_SU_SHEET];
    delete sheets[LICH_SU_SHEET];
    const renamed = names.map((n) => ({
      ...n,
      reference: n.reference.replace(`'${LICH_SU_SHEET}'!`, "'Danh hiệu các năm'!"),
    }));
    const read = readCaseWorkbook(sheets, { names: renamed });
    if ('missing' in read) throw new Error('not read');
    expect(read.sheets.history).toBe('Danh hiệu các năm');
    expect(sorted(withoutLocations(read.schoolCase.history ?? []))).toEqual(sorted(history));
    // Rebuilt in place, the sheet keeps the name the school gave it.
    const again = buildCaseInPlace(read, Object.keys(sheets));
    expect(again.history?.sheet).toBe('Danh hiệu các năm');
  });

  test('a case without a history has no Lịch sử sheet (older workbooks are unchanged)', () => {
    const workbook = buildCaseWorkbook(sample);
    expect(workbook.spec.sheets.map((s) => s.name)).not.toContain(LICH_SU_SHEET);
  });
});

describe('the new year from last year’s workbook (what "Từ năm trước" calls)', () => {
  test('a built workbook’s values give the next year’s case with its Lịch sử', () => {
    const workbook = buildCaseWorkbook({ ...sample, history });
    const next = nextYearFromWorkbook({
      sheets: workbook.spec.sheets.map((s) => ({ name: s.name, values: values(s) })),
      names: workbook.spec.names,
    });
    expect(next.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(next.schoolCase?.roster.info.schoolYear).toBe('2021-2022');
    expect(next.schoolCase?.roster.staff).toEqual(sample.roster.staff);
    expect(sorted(next.schoolCase?.history ?? [])).toEqual(sorted(history));
  });

  test('a workbook that is not Thi Đua’s gives no case and says why', () => {
    const next = nextYearFromWorkbook({ sheets: [{ name: 'Sheet1', values: [['Bảng điểm']] }] });
    expect(next.schoolCase).toBeUndefined();
    expect(next.issues.length).toBeGreaterThan(0);
  });
});
