import { parseTabSeparated, textGrid } from '../../../src/taskpane/panels/template/import/tabular-text';

describe('cells copied from Excel', () => {
  test('tab-separated lines, Windows line ends, the trailing line break Excel adds', () => {
    expect(parseTabSeparated('Họ và tên\tTổ\r\nNguyễn Văn An\tTổ 1\r\n')).toEqual([
      ['Họ và tên', 'Tổ'],
      ['Nguyễn Văn An', 'Tổ 1'],
    ]);
  });

  test('a quoted cell keeps its line break, tab and doubled quotes', () => {
    expect(parseTabSeparated('"Tổ trưởng\nkiêm TPT Đội"\t"Lớp ""5A"""\tx\n')).toEqual([
      ['Tổ trưởng\nkiêm TPT Đội', 'Lớp "5A"', 'x'],
    ]);
  });

  test('empty cells stay in place and become null in the grid', () => {
    const rows = parseTabSeparated('An\t\tTổ 1\nBình\t\t\n\n');
    expect(rows).toEqual([
      ['An', '', 'Tổ 1'],
      ['Bình', '', ''],
    ]);
    expect(textGrid(rows)).toEqual([
      ['An', null, 'Tổ 1'],
      ['Bình', null, null],
    ]);
  });
});
