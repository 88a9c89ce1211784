import { formulaCell, valueCell, type SheetSpec } from '../../src/layout/grid';
import { cellWrites, definedBounds } from '../../src/excel/cell-writes';
import { columnWidthRuns, validationRule } from '../../src/excel/feature-writes';
import { jsonBytes, utf8Length } from '../../src/excel/payload';
import { borderEdges, numberFormatMatrix } from '../../src/excel/style-writes';
import { planBatches, type QueuedWrite } from '../../src/excel/write-queue';

const write = (bytes: number): QueuedWrite => ({ bytes, apply: () => undefined });

describe('planning writes', () => {
  test('the defined rectangle skips leading empty rows and columns', () => {
    const cells: SheetSpec['cells'] = [
      [],
      [undefined, valueCell('Họ và tên'), valueCell('Điểm')],
      [undefined, undefined, formulaCell('B2')],
    ];
    expect(definedBounds(cells)).toEqual({ firstRow: 1, firstCol: 1, lastRow: 2, lastCol: 2 });
    expect(definedBounds([[], [undefined]])).toBeUndefined();
  });

  test('a 150-staff × 60-criteria sheet is one formulas assignment', () => {
    const cells = Array.from({ length: 155 }, (_, r) =>
      Array.from({ length: 66 }, (_, c) =>
        c < 60 ? valueCell(r + c / 10) : formulaCell(`SUM(A${r + 1}:BH${r + 1})`),
      ),
    );
    expect(cellWrites({ name: 'Đợt 1', cells })).toHaveLength(1);
  });

  test('a sheet too big for one request is cut into row bands, each under about 1 MB', () => {
    const long = 'Nguyễn Thị Minh Khai – giáo viên chủ nhiệm lớp 5A, tổ khối 5 '.repeat(4);
    const cells = Array.from({ length: 3000 }, () => Array.from({ length: 20 }, () => valueCell(long)));
    const writes = cellWrites({ name: 'Nhật ký', cells });
    expect(writes.length).toBeGreaterThan(10);
    for (const w of writes) expect(w.bytes).toBeLessThanOrEqual(1024 * 1024 + 20 * 1000);
  });

  test('batches stay under the budget; one oversize write goes alone', () => {
    expect(
      planBatches([write(3), write(3), write(3), write(10), write(1)], 6).map((b) => b.map((w) => w.bytes)),
    ).toEqual([[3, 3], [3], [10], [1]]);
  });

  test('UTF-8 sizes: "Đạt" is 6 bytes, an emoji 4', () => {
    expect(utf8Length('Đạt')).toBe(2 + 3 + 1);
    expect(utf8Length('😀')).toBe(4);
    expect(jsonBytes('a')).toBeGreaterThan(3);
  });

  test('equal neighbouring widths share one write', () => {
    expect(columnWidthRuns([30, 60, 60, 60, 0, 45])).toEqual([
      { first: 0, count: 1, points: 30 },
      { first: 1, count: 3, points: 60 },
      { first: 5, count: 1, points: 45 },
    ]);
  });

  test('inside borders only where the range has more than one row or column', () => {
    expect(borderEdges('B3')).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight']);
    expect(borderEdges('B3:B9')).toContain('InsideHorizontal');
    expect(borderEdges('B3:B9')).not.toContain('InsideVertical');
    expect(borderEdges('B3:F9')).toContain('InsideVertical');
  });

  test('number formats fill the range cell by cell', () => {
    expect(numberFormatMatrix('B3:C4', '0.00')).toEqual([
      ['0.00', '0.00'],
      ['0.00', '0.00'],
    ]);
  });

  test('validation rules: decimal 0–10 between, whole ≥ 1, list as comma text', () => {
    expect(validationRule({ range: 'C5', kind: 'decimal', min: 0, max: 10, errorMessage: '' })).toEqual({
      decimal: { operator: 'Between', formula1: 0, formula2: 10 },
    });
    expect(validationRule({ range: 'C5', kind: 'whole', min: 1, errorMessage: '' })).toEqual({
      wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 1 },
    });
    expect(validationRule({ range: 'C5', kind: 'list', list: ['Tốt', 'Khá'], errorMessage: '' })).toEqual({
      list: { inCellDropDown: true, source: 'Tốt,Khá' },
    });
    expect(() =>
      validationRule({ range: 'C5', kind: 'list', list: ['Khá, giỏi'], errorMessage: '' }),
    ).toThrow(/dấu phẩy/);
  });
});
