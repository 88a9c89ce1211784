import fc from 'fast-check';
import { cellAddress, parseRangeAddress } from '../../../src/layout/a1';
import {
  buildExportWorkbook,
  EXPORT_DOCUMENTS,
  exportPreview,
  type ExportDocumentId,
  type IndividualProposal,
} from '../../../src/layout/export';
import { compareVietnameseNames } from '../../../src/domain/text';
import type { SheetSpec } from '../../../src/layout/grid';
import { TITLE_IDS } from '../../../src/domain/titles';
import { sampleInput } from './fixtures';
import { allValues, find, rowValues, styleAt, valueAt } from './sheet-reader';

const ALL: ExportDocumentId[] = EXPORT_DOCUMENTS.map((d) => d.id);
/** What the sample school has complete data for. */
const COMPLETE: ExportDocumentId[] = [
  'summary',
  'proposal:LDTT',
  'proposal:CSTDCS',
  'proposal:TTLDTT',
  'meeting-minutes',
  'ballot-count',
];

function usedColumns(sheet: SheetSpec): number {
  return Math.max(...sheet.cells.map((row) => row.length));
}

function titleRow(sheet: SheetSpec): number {
  return sheet.cells.findIndex((_row, r) => r > 0 && styleAt(sheet, `A${r + 1}`).fontSize === 14);
}

describe('the export workbook', () => {
  it('holds one sheet per chosen paper, in the order chosen, duplicates once', () => {
    const workbook = buildExportWorkbook(sampleInput(), [
      'ballot-count',
      'proposal:LDTT',
      'summary',
      'proposal:LDTT',
    ]);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Biên bản kiểm phiếu',
      'DS đề nghị LĐTT',
      'Tổng hợp kết quả',
    ]);
    expect(workbook.names).toEqual([]);
  });

  it('has no "Lưu ý" sheet when everything is complete', () => {
    const workbook = buildExportWorkbook(sampleInput(), COMPLETE);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Tổng hợp kết quả',
      'DS đề nghị LĐTT',
      'DS đề nghị CSTĐCS',
      'DS đề nghị TTLĐTT',
      'Biên bản họp xét thi đua',
      'Biên bản kiểm phiếu',
    ]);
    expect(exportPreview(sampleInput(), COMPLETE).notices).toEqual([]);
  });

  it('refuses to build nothing; the preview says what to do', () => {
    expect(() => buildExportWorkbook(sampleInput(), [])).toThrow('Chưa chọn văn bản nào để xuất');
    expect(exportPreview(sampleInput(), []).warnings[0].message).toBe(
      'Chưa chọn văn bản nào để xuất; hãy chọn ít nhất một văn bản.',
    );
  });

  it('keeps every sheet name within 31 characters, legal and unique, for every title there is', () => {
    const ids: ExportDocumentId[] = [...ALL, ...TITLE_IDS.map((t): ExportDocumentId => `proposal:${t}`)];
    const names = buildExportWorkbook(sampleInput(), ids).sheets.map((s) => s.name);
    expect(names).toContain('DS đề nghị CSTĐ toàn quốc');
    for (const name of names) {
      expect(Array.from(name).length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*:[\]]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe('the "Lưu ý" sheet', () => {
  const incomplete = () => ({
    ...sampleInput(),
    incompleteness: [
      'Chưa nhập đủ phiếu bầu Chiến sĩ thi đua cơ sở: còn 3 phiếu của Tổ 2.',
      'Còn 2 cảnh báo chưa xử lý trên trang "Tổng hợp năm".',
    ],
  });

  it('comes first and lists each incomplete item, numbered, after a sentence saying what to do', () => {
    const workbook = buildExportWorkbook(incomplete(), COMPLETE);
    const notice = workbook.sheets[0];
    expect(notice.name).toBe('Lưu ý');
    expect(notice.tabColor).toBe('#C00000');
    expect(valueAt(notice, 'A1')).toBe('LƯU Ý TRƯỚC KHI GỬI');
    expect(String(valueAt(notice, 'A3'))).toMatch(
      /^Các văn bản trong tệp này được xuất khi dữ liệu chưa hoàn tất/,
    );
    const first = Number(find(notice, 1).slice(1));
    expect(valueAt(notice, `B${first}`)).toBe(
      'Chưa nhập đủ phiếu bầu Chiến sĩ thi đua cơ sở: còn 3 phiếu của Tổ 2.',
    );
    expect(valueAt(notice, `A${first + 1}`)).toBe(2);
    expect(valueAt(notice, `B${first + 1}`)).toBe('Còn 2 cảnh báo chưa xử lý trên trang "Tổng hợp năm".');
    expect(workbook.sheets.slice(1).map((s) => s.name)).toHaveLength(COMPLETE.length);
  });

  it('flags a missing recipient and a missing signer title', () => {
    const input = {
      ...sampleInput(),
      recipient: { id: 'custom' as const, name: '' },
      signer: { title: '', fullName: 'Võ Thị Hồng' },
    };
    expect(exportPreview(input, ['summary']).warnings.map((w) => w.message)).toEqual([
      'Chưa có chức danh người ký; hãy chọn HIỆU TRƯỞNG hoặc ghi chức danh khác.',
      'Chưa có nơi nhận; hãy chọn hoặc nhập nơi nhận trong phần Xuất.',
    ]);
  });

  it('also lists what is wrong with the papers themselves, and the preview shows the same', () => {
    const input = { ...incomplete(), signer: { title: 'HIỆU TRƯỞNG', fullName: ' ' }, date: '2021-02-30' };
    const preview = exportPreview(input, ['proposal:LDTT', 'proposal:CSTD_TINH']);
    expect(preview.warnings.map((w) => w.code)).toEqual(['export.signer-missing', 'export.date-invalid']);
    expect(preview.notices).toEqual([
      ...input.incompleteness,
      'Chưa có tên người ký; hãy nhập họ và tên người ký trong phần Xuất.',
      'Ngày ký "30/02/2021" không hợp lệ; hãy nhập ngày dạng ngày/tháng/năm (ví dụ 28/05/2021) hoặc để trống để ghi tay.',
      'Chưa có dữ liệu danh sách đề nghị Chiến sĩ thi đua cấp tỉnh: hãy hoàn tất bình xét danh hiệu này rồi xuất lại.',
    ]);
    const notice = buildExportWorkbook(input, ['proposal:LDTT']).sheets[0];
    const lines = allValues(notice)
      .filter((v) => v.address.startsWith('B'))
      .map((v) => v.value);
    expect(lines.join(' ')).toContain('Chưa có tên người ký');
    const list = buildExportWorkbook(input, ['proposal:LDTT']).sheets[1];
    expect(valueAt(list, 'E4')).toBe('Thuận An, ngày … tháng … năm …');
  });
});

describe('every paper in official form', () => {
  const workbook = buildExportWorkbook(sampleInput(), ALL);
  const papers = workbook.sheets.filter((s) => s.name !== 'Lưu ý');

  it.each(papers.map((s) => [s.name, s]))('%s: A4, margins, fit to width, column widths set', (_, sheet) => {
    const setup = sheet.pageSetup!;
    expect(setup.paperSize).toBe('A4');
    expect(setup.fitToWidth).toBe(true);
    expect(setup.margins.left).toBeGreaterThanOrEqual(0.78); // at least 2 cm for binding
    expect(sheet.columnWidths).toHaveLength(usedColumns(sheet));
    expect(sheet.columnWidths!.every((w) => w > 0)).toBe(true);
  });

  it.each(papers.map((s) => [s.name, s]))(
    '%s: motto, unit, date and title where a reader expects them',
    (_, sheet) => {
      expect(
        allValues(sheet)
          .slice(0, 6)
          .map((v) => v.value),
      ).toEqual(
        expect.arrayContaining([
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập – Tự do – Hạnh phúc',
          'TRƯỜNG TIỂU HỌC BÌNH HÒA 2',
        ]),
      );
      expect(styleAt(sheet, find(sheet, 'Thuận An, ngày 28 tháng 5 năm 2021'))).toMatchObject({
        italic: true,
      });
      expect(titleRow(sheet)).toBeGreaterThan(3);
    },
  );

  it.each(workbook.sheets.map((s) => [s.name, s]))(
    '%s: Times New Roman on every cell, 13 in the body, 14 for the title, 12 only for the unit and national names',
    (_, sheet) => {
      const title = titleRow(sheet);
      sheet.cells.forEach((row, r) => {
        for (let c = 0; c < usedColumns(sheet); c++) {
          const address = cellAddress(r, c);
          const style = styleAt(sheet, address);
          const value = valueAt(sheet, address);
          expect(style.fontName).toBe('Times New Roman');
          if (style.fontSize === 12) {
            expect(r).toBeLessThan(title);
            if (typeof value === 'string') expect(value).toBe(value.toLocaleUpperCase('vi'));
          } else if (style.fontSize === 14) {
            expect(r).toBeGreaterThanOrEqual(title);
            expect(r).toBeLessThan(title + 3);
          } else {
            expect(style.fontSize).toBe(13);
          }
        }
        expect(row.length).toBeLessThanOrEqual(usedColumns(sheet));
      });
    },
  );

  it.each(workbook.sheets.map((s) => [s.name, s]))(
    '%s: merges never overlap, values only, all text NFC',
    (_, sheet) => {
      const cells = new Set<string>();
      for (const merge of sheet.merges ?? []) {
        const r = parseRangeAddress(merge);
        for (let row = r.firstRow; row <= r.lastRow; row++) {
          for (let col = r.firstCol; col <= r.lastCol; col++) {
            expect(cells.has(`${row}:${col}`)).toBe(false);
            cells.add(`${row}:${col}`);
          }
        }
      }
      for (const { value } of allValues(sheet)) {
        if (typeof value === 'string') expect(value).toBe(value.normalize('NFC'));
      }
      expect(sheet.cells.flat().some((cell) => cell !== undefined && 'formula' in cell)).toBe(false);
    },
  );

  it('sends the letters to the recipient chosen in the settings', () => {
    const input = {
      ...sampleInput(),
      recipient: { id: 'ubnd-xa' as const, name: 'Ủy ban nhân dân phường Bình Hòa' },
    };
    const sheet = buildExportWorkbook(input, ['proposal:LDTT']).sheets[0];
    expect(find(sheet, '- Ủy ban nhân dân phường Bình Hòa;')).toBe('A18');
  });
});

describe('the preview', () => {
  it('names each paper with its title, sheet and number of rows', () => {
    const preview = exportPreview(sampleInput(), COMPLETE);
    expect(preview.documents.map((d) => [d.id, d.sheetName, d.title, d.rowCount])).toEqual([
      ['summary', 'Tổng hợp kết quả', 'Bảng tổng hợp kết quả thi đua', 2],
      ['proposal:LDTT', 'DS đề nghị LĐTT', 'Danh sách đề nghị danh hiệu Lao động tiên tiến', 4],
      ['proposal:CSTDCS', 'DS đề nghị CSTĐCS', 'Danh sách đề nghị danh hiệu Chiến sĩ thi đua cơ sở', 0],
      ['proposal:TTLDTT', 'DS đề nghị TTLĐTT', 'Danh sách đề nghị danh hiệu Tập thể lao động tiên tiến', 2],
      ['meeting-minutes', 'Biên bản họp xét thi đua', 'Biên bản họp xét thi đua', 2],
      ['ballot-count', 'Biên bản kiểm phiếu', 'Biên bản kiểm phiếu', 2],
    ]);
    expect(preview.documents.every((d) => d.warnings.length === 0)).toBe(true);
  });
});

describe('any list of people', () => {
  const syllables = [
    'An',
    'Ánh',
    'Ân',
    'Bình',
    'Châu',
    'Đức',
    'Dũng',
    'Hà',
    'Thị',
    'Văn',
    'Ngọc',
    'Lê',
    'Trần',
  ];
  const person = fc.record({
    fullName: fc.array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 4 }).map((w) => w.join(' ')),
    position: fc.constantFrom('Giáo viên', 'Nhân viên'),
    teamName: fc.constantFrom('Tổ 1', 'Tổ 2'),
    score: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  });

  it('prints each person once, STT 1…n, in name order', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), (people: IndividualProposal[]) => {
        const input = { ...sampleInput(), individualProposals: { LDTT: people } };
        const sheet = buildExportWorkbook(input, ['proposal:LDTT']).sheets[0];
        const rows = people.map((_, i) => rowValues(sheet, 11 + i));
        expect(rows.map((r) => r[0])).toEqual(people.map((_, i) => i + 1));
        const names = rows.map((r) => String(r[1]));
        expect([...names].sort()).toEqual(people.map((p) => p.fullName).sort());
        for (let i = 1; i < names.length; i++) {
          expect(compareVietnameseNames(names[i - 1], names[i])).toBeLessThanOrEqual(0);
        }
        expect(valueAt(sheet, `A${11 + people.length}`)).toBe(`Danh sách có ${people.length} cá nhân.`);
      }),
      { numRuns: 50 },
    );
  });
});
