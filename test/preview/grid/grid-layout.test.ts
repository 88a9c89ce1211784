import { chartData, mergeLayout, pointsToPixels, splitSource } from '../../../src/preview/grid/grid-layout';

describe('the preview grid shows the sheet as Excel does', () => {
  test('a merged title A1:F1 is one cell six columns wide; the five under it are not drawn', () => {
    const layout = mergeLayout(['A1:F1', 'B3:C4']);
    expect(layout.spans.get('A1')).toEqual({ rowSpan: 1, colSpan: 6 });
    expect(layout.spans.get('B3')).toEqual({ rowSpan: 2, colSpan: 2 });
    expect([...layout.covered].sort()).toEqual(['B1', 'B4', 'C1', 'C3', 'C4', 'D1', 'E1', 'F1'].sort());
  });

  test('column widths in points become pixels (72 points to 96 pixels)', () => {
    expect(pointsToPixels(72)).toBe(96);
    expect(pointsToPixels(48)).toBe(64);
  });

  test("a chart's table: series in columns, categories in the first column, text counted as 0", () => {
    const data = chartData([
      ['', 'Chỉ tiêu', 'Kết quả'],
      ['LĐTT', 61, 58],
      ['CSTĐCS', 10, '—'],
    ]);
    expect(data.categories).toEqual(['LĐTT', 'CSTĐCS']);
    expect(data.series).toEqual([
      { name: 'Chỉ tiêu', values: [61, 10] },
      { name: 'Kết quả', values: [58, 0] },
    ]);
    expect(data.max).toBe(61);
  });

  test("a chart's source names its sheet, quoted or not", () => {
    expect(splitSource("'Chỉ tiêu'!$O$4:$Q$9")).toEqual({ sheet: 'Chỉ tiêu', range: 'O4:Q9' });
    expect(splitSource("'Tổ ''A'''!A1:B2")).toEqual({ sheet: "Tổ 'A'", range: 'A1:B2' });
    expect(splitSource('Data!A1:B2')).toEqual({ sheet: 'Data', range: 'A1:B2' });
  });
});
