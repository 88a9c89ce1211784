import { formulaCell, valueCell, type WorkbookSpec } from '../../../src/layout/grid';
import { findOverwrittenFormulas } from '../../../src/layout/workbook/overwritten-formulas';

/** A summary with two people (total, band) and a note row below. */
const spec: WorkbookSpec = {
  sheets: [
    {
      name: 'Tổng hợp năm',
      cells: [
        [valueCell('Mã'), valueCell('Tổng'), valueCell('Xếp loại')],
        [valueCell('GV01'), formulaCell('=SUM(X2:Y2)'), formulaCell('=IF(B2>=90,"Tốt","Khá")')],
        [valueCell('GV02'), formulaCell('=SUM(X3:Y3)'), formulaCell('=IF(B3>=90,"Tốt","Khá")')],
      ],
    },
  ],
  names: [],
};

describe('values typed over the add-in’s formulas', () => {
  test('a total typed over in a person’s row is reported with its formula', () => {
    const found = findOverwrittenFormulas(spec, {
      values: {
        'Tổng hợp năm': [
          ['Mã', 'Tổng', 'Xếp loại'],
          ['GV01', 95, 'Tốt'],
          ['GV02', 80, 'Khá'],
        ],
      },
      formulas: {
        'Tổng hợp năm': [
          [null, null, null],
          [null, null, '=IF(B2>=90,"Tốt","Khá")'],
          [null, '=SUM(X3:Y3)', '=IF(B3>=90,"Tốt","Khá")'],
        ],
      },
    });
    expect(found).toEqual([{ sheet: 'Tổng hợp năm', address: 'B2', formula: '=SUM(X2:Y2)', value: 95 }]);
  });

  test('a note that moved into a formula row (a row was deleted) is not taken for a typed-over total', () => {
    const found = findOverwrittenFormulas(spec, {
      values: {
        'Tổng hợp năm': [
          ['Mã', 'Tổng', 'Xếp loại'],
          ['GV01', 95, 'Tốt'],
          ['Ghi chú', 'đã duyệt', null],
        ],
      },
      formulas: {
        'Tổng hợp năm': [
          [null, null, null],
          [null, '=SUM(X2:Y2)', '=IF(B2>=90,"Tốt","Khá")'],
          [null, null, null],
        ],
      },
    });
    expect(found).toEqual([]);
  });

  test('a sheet read without formulas is not checked', () => {
    expect(
      findOverwrittenFormulas(spec, { values: { 'Tổng hợp năm': [['x'], ['GV01', 1, 2]] }, formulas: {} }),
    ).toEqual([]);
  });
});
