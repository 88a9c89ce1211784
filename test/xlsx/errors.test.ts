import * as ExcelJS from 'exceljs';
import { valueCell, type WorkbookSpec } from '../../src/layout/grid';
import { workbookSpecToExcelJs } from '../../src/xlsx/write';

const oneSheet = (name: string): WorkbookSpec => ({ sheets: [{ name, cells: [[valueCell(1)]] }], names: [] });

describe('the xlsx writer refuses what Excel would break on, in Vietnamese', () => {
  test('a second "Đợt 1" (any case) in a workbook that has one is refused, nothing overwritten', () => {
    const book = workbookSpecToExcelJs(oneSheet('Đợt 1'));
    expect(() => workbookSpecToExcelJs(oneSheet('đợt 1'), book)).toThrow(
      /đã có trang tính "đợt 1".*không ghi đè/,
    );
    expect(book.getWorksheet('Đợt 1')!.getCell('A1').value).toBe(1);
  });

  test('sheet names over 31 characters or with [ ] are refused', () => {
    expect(() => workbookSpecToExcelJs(oneSheet('Bảng tổng hợp điểm thi đua cả năm học'))).toThrow(
      /tối đa 31/,
    );
    expect(() => workbookSpecToExcelJs(oneSheet('Tổ [Toán]'))).toThrow(/ký tự không được dùng/);
  });

  test('a list item with a comma would split in two, so it is refused', () => {
    const spec = oneSheet('Đợt 1');
    spec.sheets[0].validations = [
      { range: 'A1', kind: 'list', list: ['Tốt', 'Khá, giỏi'], errorMessage: 'x' },
    ];
    expect(() => workbookSpecToExcelJs(spec)).toThrow(/"Khá, giỏi".*dấu phẩy/);
  });

  test('a name must point at a range on an existing sheet', () => {
    const spec = oneSheet('Đợt 1');
    spec.names = [{ name: 'TD_X', reference: '0.7' }];
    expect(() => workbookSpecToExcelJs(spec)).toThrow(/"TD_X".*không phải một vùng ô/);
    spec.names = [{ name: 'TD_X', reference: "'Đợt 2'!$A$1" }];
    expect(() => workbookSpecToExcelJs(spec)).toThrow(/không có trang đó/);
  });

  test('a NaN score is refused with the cell named', () => {
    const spec: WorkbookSpec = {
      sheets: [{ name: 'Đợt 1', cells: [[undefined, valueCell(Number.NaN)]] }],
      names: [],
    };
    expect(() => workbookSpecToExcelJs(spec)).toThrow(/Ô Đợt 1!B1/);
  });

  test('a workbook given by the caller is written into and returned', () => {
    const given = new ExcelJS.Workbook();
    given.addWorksheet('Ghi chú');
    expect(workbookSpecToExcelJs(oneSheet('Đợt 1'), given)).toBe(given);
    expect(given.worksheets.map((ws) => ws.name)).toEqual(['Ghi chú', 'Đợt 1']);
  });
});
