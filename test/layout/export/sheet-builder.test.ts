import { parseRangeAddress } from '../../../src/layout/a1';
import { SheetBuilder } from '../../../src/layout/export/sheet-builder';
import { PORTRAIT } from '../../../src/layout/export/page';
import { styleAt } from './sheet-reader';

describe('SheetBuilder', () => {
  it('states every cell style once, fonts included, with later properties winning', () => {
    const b = new SheetBuilder([30, 100, 60]);
    b.set(0, 0, 'STT');
    b.style(0, 0, 1, 2, { bold: true, borders: true });
    b.style(1, 1, 1, 1, { bold: false, numberFormat: '0.00' });
    b.set(2, 2, 9.5);
    const sheet = b.build('Thử', PORTRAIT);
    expect(styleAt(sheet, 'A1')).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, bold: true });
    expect(styleAt(sheet, 'B2')).toMatchObject({
      fontName: 'Times New Roman',
      bold: false,
      numberFormat: '0.00',
    });
    expect(styleAt(sheet, 'C3')).toEqual({
      fontName: 'Times New Roman',
      fontSize: 13,
      verticalAlignment: 'center',
    });
    const cells = (sheet.styles ?? []).reduce((n, s) => {
      const r = parseRangeAddress(s.range);
      return n + (r.lastRow - r.firstRow + 1) * (r.lastCol - r.firstCol + 1);
    }, 0);
    expect(cells).toBe(3 * 3);
  });

  it('joins equal rows into one range', () => {
    const b = new SheetBuilder([30, 100]);
    b.addBlankRows(5);
    expect(b.build('Thử', PORTRAIT).styles?.map((s) => s.range)).toEqual(['A1:B5']);
  });

  it('refuses a cell outside its columns', () => {
    const b = new SheetBuilder([30, 100]);
    expect(() => b.set(0, 2, 'x')).toThrow(RangeError);
  });
});
