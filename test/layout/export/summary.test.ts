import { buildExportWorkbook, exportPreview } from '../../../src/layout/export';
import { sampleInput } from './fixtures';
import { mergeOf, rowValues, styleAt, valueAt } from './sheet-reader';

const summarySheet = () => buildExportWorkbook(sampleInput(), ['summary']).sheets[0];

describe('tổng hợp kết quả', () => {
  it('is a portrait A4 sheet with the unit, its số, the motto and the date', () => {
    const sheet = summarySheet();
    expect(sheet.name).toBe('Tổng hợp kết quả');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 'A4', fitToWidth: true });
    expect([valueAt(sheet, 'A1'), valueAt(sheet, 'A2'), valueAt(sheet, 'A3')]).toEqual([
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'THỊ XÃ THUẬN AN',
      'TRƯỜNG TIỂU HỌC BÌNH HÒA 2',
    ]);
    expect(valueAt(sheet, 'A5')).toBe('Số: 45/BC-THBH2');
    expect(valueAt(sheet, 'C1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(mergeOf(sheet, 'C1')).toBe('C1:G1');
    expect(valueAt(sheet, 'C5')).toBe('Thuận An, ngày 28 tháng 5 năm 2021');
    expect(valueAt(sheet, 'A7')).toBe('BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA');
    expect(valueAt(sheet, 'A8')).toBe('Năm học 2020-2021');
  });

  it('has one row per tổ and a school row under each title, registered / eligible / approved / target / gap', () => {
    const sheet = summarySheet();
    expect(rowValues(sheet, 10)).toEqual([
      'STT',
      'Tổ',
      'Đăng ký',
      'Đủ điều kiện',
      'Được đề nghị',
      'Chỉ tiêu',
      'Chênh lệch',
    ]);
    expect(sheet.pageSetup?.printTitleRows).toBe('$10:$10');
    expect(valueAt(sheet, 'A11')).toBe('I. Lao động tiên tiến (LĐTT)');
    expect(mergeOf(sheet, 'A11')).toBe('A11:G11');
    expect(rowValues(sheet, 12)).toEqual([1, 'Tổ 1', 8, 8, 8, 8, 0]);
    expect(rowValues(sheet, 13)).toEqual([2, 'Tổ Văn phòng', 6, 5, 5, 6, -1]);
    expect(rowValues(sheet, 14)).toEqual([undefined, 'Toàn trường', 14, 13, 13, 14, -1]);
    expect(styleAt(sheet, 'C14')).toMatchObject({ bold: true, borders: true });
  });

  it('shows the gap with its sign and leaves it blank without a target', () => {
    const sheet = summarySheet();
    expect(styleAt(sheet, 'G13')).toMatchObject({ numberFormat: '+0;-0;0' });
    expect(valueAt(sheet, 'A15')).toBe('II. Tập thể lao động tiên tiến (TTLĐTT)');
    expect(rowValues(sheet, 16)).toEqual([undefined, 'Toàn trường', 2, 2, 2, undefined, undefined]);
  });

  it('flags tổ rows that do not add up to the school row', () => {
    const input = sampleInput();
    input.summary![0].school.registered = 15;
    expect(exportPreview(input, ['summary']).documents[0].warnings.map((w) => w.message)).toEqual([
      'Tổng hợp Lao động tiên tiến: các tổ cộng lại có 14 người đăng ký nhưng dòng toàn trường ghi 15; ' +
        'hãy kiểm tra số liệu từng tổ.',
    ]);
  });

  it('says when no data arrived, and flags it', () => {
    const input = { ...sampleInput(), summary: undefined };
    const preview = exportPreview(input, ['summary']);
    expect(preview.documents[0].warnings[0].code).toBe('export.missing-data');
    const sheet = buildExportWorkbook(input, ['summary']).sheets[1];
    expect(valueAt(sheet, 'A10')).toBe(
      'Chưa có dữ liệu tổng hợp kết quả: hãy hoàn tất bình xét và chỉ tiêu rồi xuất lại.',
    );
  });
});
