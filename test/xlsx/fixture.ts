import { formulaCell, valueCell, type WorkbookSpec } from '../../src/layout/grid';

/** A small "Tổng hợp năm" with every feature the grid contract has, used by the xlsx tests. */
export function everyFeatureSpec(): WorkbookSpec {
  return {
    sheets: [
      {
        name: 'Tổng hợp năm',
        cells: [
          [valueCell('BẢNG TỔNG HỢP ĐIỂM THI ĐUA'), undefined, undefined, undefined],
          [valueCell('Họ và tên'), valueCell('Điểm'), valueCell('Xếp loại'), valueCell('Ghi chú')],
          [
            valueCell('Nguyễn Văn An'),
            valueCell(92.5),
            formulaCell('IF(B3>=90,"Tốt","Khá")'),
            valueCell('=abc'),
          ],
          [
            valueCell('Trần Thị Ánh'),
            valueCell(78),
            formulaCell('=IF(B4>=90,"Tốt","Khá")'),
            valueCell('-5 điểm'),
          ],
          [valueCell('Cộng'), formulaCell('SUM(B3:B4)'), valueCell(true), valueCell('@ghi chú')],
          [undefined, undefined, undefined, valueCell('+84 912')],
        ],
        columnWidths: [157.5, 52.5, 63],
        styles: [
          {
            range: 'A1:D1',
            style: { bold: true, fontSize: 14, fontName: 'Times New Roman', horizontalAlignment: 'center' },
          },
          { range: 'A2:D5', style: { borders: true, fontName: 'Times New Roman' } },
          {
            range: 'A2:D2',
            style: { bold: true, fill: '#D9E1F2', wrapText: true, verticalAlignment: 'center' },
          },
          { range: 'B3:B4', style: { numberFormat: '0.00', locked: false, fontColor: '#1F4E78' } },
          { range: 'A3:A4', style: { italic: true, horizontalAlignment: 'left' } },
        ],
        merges: ['A1:D1'],
        freeze: { rows: 2, columns: 1 },
        validations: [
          {
            range: 'B3:B4',
            kind: 'decimal',
            min: 0,
            max: 100,
            errorMessage: 'Điểm phải từ 0 đến 100.',
            prompt: 'Nhập điểm 0–100.',
          },
          {
            range: 'C3:C4',
            kind: 'list',
            list: ['Tốt', 'Khá', 'Đạt', 'Chưa đạt'],
            errorMessage: 'Chọn một mức trong danh sách.',
          },
          { range: 'E3:E4', kind: 'whole', min: 1, errorMessage: 'Nhập số nguyên từ 1.' },
        ],
        conditionalFormats: [{ range: 'C3:C4', equals: 'Tốt', fill: '#C6EFCE', fontColor: '#006100' }],
        protect: true,
        pageSetup: {
          orientation: 'landscape',
          paperSize: 'A4',
          margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.5 },
          fitToWidth: true,
          printTitleRows: '$2:$2',
        },
        tabColor: '#00B050',
      },
      {
        name: 'Quy chế',
        cells: [
          [valueCell('Ngưỡng LĐTT'), valueCell(70)],
          [valueCell('Điểm tổng'), formulaCell("SUM('Tổng hợp năm'!B3:B4)")],
        ],
      },
    ],
    names: [
      { name: 'TD_Diem', reference: "'Tổng hợp năm'!$B$3:$B$4" },
      { name: 'TD_Nguong', reference: "'Quy chế'!$B$1" },
    ],
  };
}
