import {
  buildQuyCheSheet,
  isQuyCheKey,
  readQuyCheEntries,
  readQuyCheTable,
} from '../../../src/layout/quy-che';
import type { QuyCheBlock } from '../../../src/layout/quy-che';
import type { CellValue, SheetSpec } from '../../../src/layout/grid';

/** The constants of a built sheet, as a workbook reader would hand them back. */
function valuesOf(sheet: SheetSpec): CellValue[][] {
  return sheet.cells.map((row) =>
    Array.from(row ?? [], (cell) => (cell && 'value' in cell ? cell.value : null)),
  );
}

const blocks: QuyCheBlock[] = [
  {
    section: {
      title: 'Chấm điểm thi đua',
      entries: [
        {
          key: 'scoring.totalPoints',
          label: 'Tổng điểm',
          value: 100,
          name: 'TD_TongDiem',
          validation: { kind: 'decimal', min: 0.01, errorMessage: 'Tổng điểm phải lớn hơn 0.' },
        },
        { key: 'scoring.levels', label: 'Các mức', value: 'Tự đánh giá, Tổ đánh giá', note: 'ghi chú' },
      ],
    },
  },
  {
    table: {
      key: 'scoring.rounds',
      title: 'Các đợt thi đua',
      columns: [
        { header: 'Mã đợt' },
        { header: 'Tên đợt' },
        { header: 'Trọng số', name: 'TD_TrongSoDot', editable: true },
      ],
      rows: [
        { id: 'dot-1', values: ['dot-1', 'Đợt 1', 1] },
        { id: 'dot-2', values: ['dot-2', 'Đợt 2', 2] },
      ],
    },
  },
  {
    section: {
      title: 'Bỏ phiếu',
      entries: [
        { key: 'vote.quorum.numerator', label: 'Tử số', value: 2, name: 'TD_QuorumNumerator' },
        { key: 'scoring.totalPoints', label: 'Trùng khóa', value: 999 },
      ],
    },
  },
];

describe('the "Quy chế" sheet', () => {
  const built = buildQuyCheSheet('Quy chế', 'QUY CHẾ THI ĐUA', blocks);
  const values = valuesOf(built.sheet);

  test('settings read back by key; titles, headers and table rows are never taken for settings', () => {
    const entries = readQuyCheEntries(values);
    expect([...entries.entries()]).toEqual([
      ['scoring.totalPoints', 100],
      ['scoring.levels', 'Tự đánh giá, Tổ đánh giá'],
      ['vote.quorum.numerator', 2],
    ]);
  });

  test('a setting moved to another row by the user is still found by its key', () => {
    const moved = [...values];
    const row = moved.findIndex((r) => r?.[0] === 'vote.quorum.numerator');
    const [taken] = moved.splice(row, 1);
    moved.splice(1, 0, taken);
    expect(readQuyCheEntries(moved).get('vote.quorum.numerator')).toBe(2);
  });

  test('values used by formulas get workbook names: one cell, or a table column', () => {
    expect(built.names).toEqual([
      {
        name: 'TD_TongDiem',
        reference: `'Quy chế'!${built.layout.entries['scoring.totalPoints'].replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`,
      },
      { name: 'TD_TrongSoDot', reference: expect.stringMatching(/^'Quy chế'!\$D\$\d+:\$D\$\d+$/) },
      { name: 'TD_QuorumNumerator', reference: expect.stringMatching(/^'Quy chế'!\$C\$\d+$/) },
    ]);
  });

  test('tables read back by row id', () => {
    const table = readQuyCheTable(values, built.layout.tables['scoring.rounds']);
    expect([...table.entries()]).toEqual([
      ['dot-1', ['dot-1', 'Đợt 1', 1]],
      ['dot-2', ['dot-2', 'Đợt 2', 2]],
    ]);
  });

  test('value cells and editable table columns stay open on the protected sheet, with their validation', () => {
    expect(built.sheet.protect).toBe(true);
    const open = built.sheet.styles?.filter((s) => s.style.locked === false).map((s) => s.range);
    expect(open).toEqual(
      expect.arrayContaining([expect.stringMatching(/^C\d+:C\d+$/), expect.stringMatching(/^D\d+:D\d+$/)]),
    );
    expect(built.sheet.validations).toEqual([
      {
        kind: 'decimal',
        min: 0.01,
        errorMessage: 'Tổng điểm phải lớn hơn 0.',
        range: built.layout.entries['scoring.totalPoints'],
      },
    ]);
  });

  test('keys are dotted machine words', () => {
    expect(isQuyCheKey('scoring.totalPoints')).toBe(true);
    expect(isQuyCheKey('vote.quorum.numerator')).toBe(true);
    expect(isQuyCheKey('Khóa')).toBe(false);
    expect(isQuyCheKey('Bỏ phiếu')).toBe(false);
    expect(isQuyCheKey('HTXSNV')).toBe(false);
  });
});
