import type { CellValue } from '../../../src/layout/grid';
import type { QuyCheSection } from '../../../src/layout/quy-che';
import { planQuyCheSectionWrite } from '../../../src/layout/workbook/quy-che-section';

const section = (n: number): QuyCheSection => ({
  title: 'Bỏ phiếu',
  entries: Array.from({ length: n }, (_, i) => ({ key: `vote.k${i}`, label: `Mục ${i}`, value: i })),
});

/** A "Quy chế" with a scoring section (rows 4–6), then the vote section of `n` keys from row 8. */
function sheet(n: number, below: CellValue[][] = []): CellValue[][] {
  return [
    ['Quy chế'],
    [],
    [],
    ['Chấm điểm'],
    ['Khóa', 'Nội dung', 'Giá trị', 'Ghi chú'],
    ['scoring.totalPoints', 'Tổng điểm', 100, null, null, 'ghi chú riêng'],
    [],
    ['Bỏ phiếu'],
    ['Khóa', 'Nội dung', 'Giá trị', 'Ghi chú'],
    ...Array.from({ length: n }, (_, i) => [`vote.k${i}`, `Mục ${i}`, i]),
    ...below,
  ];
}

const covered = (write: ReturnType<typeof planQuyCheSectionWrite>): number[] =>
  write.blocks.flatMap((b) => b.cells.map((_, i) => b.firstRow + i));

describe('replacing the vote section of "Quy chế"', () => {
  test('same size: written where it is, nothing else touched', () => {
    const write = planQuyCheSectionWrite(sheet(3), {
      sheet: 'Quy chế',
      keyPrefix: 'vote.',
      section: section(3),
    });
    expect(covered(write)).toEqual([7, 8, 9, 10, 11]);
    expect(write.blocks.every((b) => b.cells.every((row) => row.length === 4))).toBe(true);
  });

  test('shorter: the rows it no longer uses are emptied in A–D only', () => {
    const write = planQuyCheSectionWrite(sheet(4), {
      sheet: 'Quy chế',
      keyPrefix: 'vote.',
      section: section(2),
    });
    expect(covered(write)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(write.blocks[1].cells.flat().every((c) => 'value' in c && c.value === null)).toBe(true);
  });

  test('longer with blank rows below: grows into them', () => {
    const write = planQuyCheSectionWrite(sheet(2, [[], [], [null, null, null, null, 'ghi chú ở cột E']]), {
      sheet: 'Quy chế',
      keyPrefix: 'vote.',
      section: section(4),
    });
    expect(covered(write)).toEqual([7, 8, 9, 10, 11, 12]);
  });

  test('longer with a user’s note right below: moves under the last used row, the note survives', () => {
    const values = sheet(2, [['Ghi chú của thư ký']]);
    const write = planQuyCheSectionWrite(values, {
      sheet: 'Quy chế',
      keyPrefix: 'vote.',
      section: section(4),
    });
    expect(covered(write)).not.toContain(11);
    expect(write.blocks[0].firstRow).toBe(values.length + 1);
    // The old place is emptied, the note's row is not.
    expect(covered(write)).toEqual(expect.arrayContaining([7, 8, 9, 10]));
    expect(write.names).toEqual([]);
  });

  test('no vote section yet: added below the last used row', () => {
    const values = sheet(0).slice(0, 7);
    const write = planQuyCheSectionWrite(values, {
      sheet: 'Quy chế',
      keyPrefix: 'vote.',
      section: section(1),
    });
    expect(write.blocks).toHaveLength(1);
    expect(write.blocks[0].firstRow).toBe(8);
    expect(write.clearRange).toBeUndefined();
  });
});
