import { cellAddress, rangeAddress } from '../../src/layout/a1';
import { formulaCell, valueCell, type Cell, type WorkbookSpec } from '../../src/layout/grid';

export interface GeneratedSchool {
  spec: WorkbookSpec;
  /** scores[person][criterion], as written. */
  scores: number[][];
  teams: string[];
  /** Row index (0-based) of the first person, and the columns of total, band and note. */
  firstRow: number;
  totalCol: number;
  bandCol: number;
  rankCol: number;
  noteCol: number;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu'];
const GIVEN = ['An', 'Ánh', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hương', 'Khoa', 'Lan', 'Sơn', 'Tâm', 'Yến'];

/** Deterministic pseudo-random numbers, so a failing test fails the same way twice. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * "Đợt 1" of a school of `staff` people scored on `criteria` criteria (each 0–2 in steps of 0,25), with live
 * totals, bands and ranks, a per-tổ summary sheet, and every formatting feature of the contract.
 */
export function generateSchool(staff = 150, criteria = 60): GeneratedSchool {
  const random = generator(2021);
  const teams = Array.from({ length: 8 }, (_, i) => `Tổ ${i + 1}`);
  const firstRow = 2;
  const firstScoreCol = 3;
  const totalCol = firstScoreCol + criteria;
  const bandCol = totalCol + 1;
  const rankCol = totalCol + 2;
  const noteCol = totalCol + 3;
  const lastRow = firstRow + staff - 1;
  const totals = rangeAddress(firstRow, totalCol, lastRow, totalCol, true);
  const header: Cell[] = [
    valueCell('STT'),
    valueCell('Họ và tên'),
    valueCell('Tổ'),
    ...Array.from({ length: criteria }, (_, c) => valueCell(`Tiêu chí ${c + 1}`)),
    valueCell('Tổng điểm'),
    valueCell('Xếp loại'),
    valueCell('Hạng'),
    valueCell('Ghi chú'),
  ];
  const scores: number[][] = [];
  const rows: Cell[][] = [];
  for (let p = 0; p < staff; p++) {
    const r = firstRow + p;
    const own = Array.from({ length: criteria }, () => Math.floor(random() * 9) / 4);
    scores.push(own);
    const total = cellAddress(r, totalCol);
    rows.push([
      valueCell(p + 1),
      valueCell(`${FAMILY[p % 8]} ${MIDDLE[p % 6]} ${GIVEN[p % 12]}`),
      valueCell(teams[p % teams.length]),
      ...own.map(valueCell),
      formulaCell(`SUM(${cellAddress(r, firstScoreCol)}:${cellAddress(r, totalCol - 1)})`),
      formulaCell(`IF(${total}>=90,"HTXSNV",IF(${total}>=70,"HTTNV",IF(${total}>=50,"HTNV","KHTNV")))`),
      formulaCell(`RANK(${total},${totals})`),
      valueCell(p === 0 ? '=x' : p === 1 ? '-3 điểm: nghỉ không phép' : ''),
    ]);
  }
  const title = rangeAddress(0, 0, 0, noteCol);
  const table = rangeAddress(1, 0, lastRow, noteCol);
  const scoreArea = rangeAddress(firstRow, firstScoreCol, lastRow, totalCol - 1);
  const bandArea = rangeAddress(firstRow, bandCol, lastRow, bandCol);
  const round = "'Đợt 1'";
  const summary: Cell[][] = [
    [valueCell('Tổ'), valueCell('Điểm bình quân')],
    ...teams.map((team, i) => [
      valueCell(team),
      formulaCell(`AVERAGEIF(${round}!$C$${firstRow + 1}:$C$${lastRow + 1},A${i + 2},${round}!${totals})`),
    ]),
    [valueCell('Cả trường'), formulaCell('AVERAGE(TD_TongDiem)')],
  ];
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: 'Đợt 1',
        cells: [[valueCell('BẢNG LƯỢNG HÓA THI ĐUA ĐỢT 1')], header, ...rows],
        columnWidths: [30, 160, 50, ...Array.from({ length: criteria }, () => 40), 55, 60, 40, 150],
        styles: [
          { range: title, style: { bold: true, fontSize: 14, horizontalAlignment: 'center' } },
          { range: table, style: { borders: true, fontName: 'Times New Roman', fontSize: 12 } },
          { range: rangeAddress(1, 0, 1, noteCol), style: { bold: true, fill: '#D9E1F2', wrapText: true } },
          { range: scoreArea, style: { locked: false, numberFormat: '0.00', fontColor: '#1F4E78' } },
          {
            range: rangeAddress(firstRow, totalCol, lastRow, totalCol),
            style: { numberFormat: '0.00', bold: true },
          },
        ],
        merges: [title],
        freeze: { rows: 2, columns: 3 },
        validations: [
          {
            range: scoreArea,
            kind: 'decimal',
            min: 0,
            max: 2,
            errorMessage: 'Điểm mỗi tiêu chí từ 0 đến 2.',
          },
        ],
        conditionalFormats: [{ range: bandArea, equals: 'HTXSNV', fill: '#C6EFCE', fontColor: '#006100' }],
        protect: true,
        pageSetup: {
          orientation: 'landscape',
          paperSize: 'A4',
          margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
          fitToWidth: true,
          printTitleRows: '$2:$2',
        },
        tabColor: '#2F75B5',
      },
      { name: 'Tổng hợp', cells: summary, columnWidths: [80, 90] },
    ],
    names: [{ name: 'TD_TongDiem', reference: `${round}!${totals}` }],
  };
  return { spec, scores, teams, firstRow, totalCol, bandCol, rankCol, noteCol };
}

/** The band a total earns (the 100-point model), computed here independently of the sheet's formula. */
export function expectedBand(total: number): string {
  if (total >= 90) return 'HTXSNV';
  if (total >= 70) return 'HTTNV';
  if (total >= 50) return 'HTNV';
  return 'KHTNV';
}
