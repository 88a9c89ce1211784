/** A1 addresses as Excel writes and reads them. */
import fc from 'fast-check';
import {
  cellCount,
  formatRect,
  qualifiedAddress,
  rect,
  sheetPrefix,
  subtract,
  tryParseReference,
} from '../../../src/preview/fake-excel/geometry';

test('sheet names are quoted only when Excel quotes them', () => {
  expect(sheetPrefix('Sheet1')).toBe('Sheet1');
  expect(sheetPrefix('Tổng')).toBe('Tổng');
  expect(sheetPrefix('Tổng hợp năm')).toBe("'Tổng hợp năm'");
  expect(sheetPrefix("Tổ 'A'")).toBe("'Tổ ''A'''");
  expect(sheetPrefix('A1')).toBe("'A1'");
  expect(sheetPrefix('2024')).toBe("'2024'");
});

test('addresses of cells, blocks, whole columns, whole rows and the whole sheet', () => {
  expect(
    ['C5', 'B3:F64', 'A:C', '3:5', 'A1:XFD1048576'].map((a) => formatRect(tryParseReference(a)!.rect)),
  ).toEqual(['C5', 'B3:F64', 'A:C', '3:5', '1:1048576']);
  expect(qualifiedAddress('Tổng hợp năm', rect(4, 4, 64, 4), true)).toBe("'Tổng hợp năm'!$E$5:$E$65");
  expect(tryParseReference("'Tổng hợp năm'!$E$5")).toEqual({ sheet: 'Tổng hợp năm', rect: rect(4, 4) });
});

test('what is not an address is not parsed (names, off-grid cells)', () => {
  expect(['TD_TongDiem', 'XFE1', 'A0', 'A1048577', 'A', ''].map(tryParseReference)).toEqual([
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
});

test('subtracting a rectangle leaves disjoint pieces that add up', () => {
  const small = fc.integer({ min: 0, max: 12 });
  fc.assert(
    fc.property(small, small, small, small, small, small, small, small, (a, b, c, d, e, f, g, h) => {
      const outer = rect(Math.min(a, b), Math.min(c, d), Math.max(a, b), Math.max(c, d));
      const cut = rect(Math.min(e, f), Math.min(g, h), Math.max(e, f), Math.max(g, h));
      const pieces = subtract(outer, cut);
      let overlap = 0;
      for (let r = cut.r0; r <= cut.r1; r++)
        for (let col = cut.c0; col <= cut.c1; col++)
          if (r >= outer.r0 && r <= outer.r1 && col >= outer.c0 && col <= outer.c1) overlap++;
      expect(pieces.reduce((n, p) => n + cellCount(p), 0)).toBe(cellCount(outer) - overlap);
    }),
  );
});
