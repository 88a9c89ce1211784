import { buildExportWorkbook, exportPreview } from '../../../src/layout/export';
import { sampleInput } from './fixtures';
import { find, has, mergeOf, rowValues, styleAt, valueAt } from './sheet-reader';

const ldtt = () => buildExportWorkbook(sampleInput(), ['proposal:LDTT']).sheets[0];

describe('danh sách đề nghị Lao động tiên tiến', () => {
  it('is one landscape A4 sheet named "DS đề nghị LĐTT"', () => {
    const sheet = ldtt();
    expect(sheet.name).toBe('DS đề nghị LĐTT');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
  });

  it('has the official heading: unit top left, national motto top right, place and date in italics', () => {
    const sheet = ldtt();
    expect(valueAt(sheet, 'A1')).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ THUẬN AN');
    expect(valueAt(sheet, 'A2')).toBe('TRƯỜNG TIỂU HỌC BÌNH HÒA 2');
    expect(styleAt(sheet, 'A2')).toMatchObject({ bold: true, fontSize: 12 });
    expect(styleAt(sheet, 'A1').fontSize).toBe(12);
    expect(styleAt(sheet, 'A1').bold).toBeFalsy(); // cơ quan chủ quản: upright, not bold (NĐ 30/2020)
    expect(valueAt(sheet, 'A3')).toMatch(/^_+$/);
    expect(valueAt(sheet, 'E1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(valueAt(sheet, 'E2')).toBe('Độc lập – Tự do – Hạnh phúc');
    expect(valueAt(sheet, 'E3')).toMatch(/^_+$/);
    expect(mergeOf(sheet, 'E1')).toBe('E1:K1');
    expect(styleAt(sheet, 'E1')).toMatchObject({ bold: true, fontSize: 12 });
    expect(styleAt(sheet, 'E2')).toMatchObject({ bold: true, fontSize: 13 });
    expect(valueAt(sheet, 'E4')).toBe('Thuận An, ngày 28 tháng 5 năm 2021');
    expect(styleAt(sheet, 'E4')).toMatchObject({ italic: true, horizontalAlignment: 'center' });
    expect(valueAt(sheet, 'A4')).toBeUndefined(); // no số for this paper
  });

  it('has its title bold 14, centred over the whole width, and the school year under it', () => {
    const sheet = ldtt();
    expect(valueAt(sheet, 'A6')).toBe('DANH SÁCH ĐỀ NGHỊ DANH HIỆU LAO ĐỘNG TIÊN TIẾN');
    expect(mergeOf(sheet, 'A6')).toBe('A6:K6');
    expect(styleAt(sheet, 'A6')).toMatchObject({ bold: true, fontSize: 14, horizontalAlignment: 'center' });
    expect(valueAt(sheet, 'A7')).toBe('Năm học 2020-2021');
  });

  it('heads the table with two rows, repeated on every printed page', () => {
    const sheet = ldtt();
    expect(rowValues(sheet, 9)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Tổ',
      'Danh hiệu thi đua',
      'Hình thức khen thưởng',
      'Điểm',
      'Kết quả biểu quyết',
      undefined,
      undefined,
      'Ghi chú',
    ]);
    expect(rowValues(sheet, 10).slice(7, 10)).toEqual(['Đồng ý', 'Tổng số', 'Tỉ lệ']);
    expect(mergeOf(sheet, 'H9')).toBe('H9:J9');
    expect(mergeOf(sheet, 'B9')).toBe('B9:B10');
    expect(sheet.pageSetup?.printTitleRows).toBe('$9:$10');
    expect(styleAt(sheet, 'F9')).toMatchObject({ bold: true, borders: true, wrapText: true });
  });

  it('lists people by given name, then middle name, numbering STT after sorting', () => {
    const sheet = ldtt();
    expect([11, 12, 13, 14].map((r) => [valueAt(sheet, `A${r}`), valueAt(sheet, `B${r}`)])).toEqual([
      [1, 'Phạm Thị An'],
      [2, 'Nguyễn Văn An'],
      [3, 'Trần Thị Ánh'],
      [4, 'Lê Văn Bình'],
    ]);
  });

  it('puts every field of a person in its own cell, title and form of award apart', () => {
    const sheet = ldtt();
    expect(rowValues(sheet, 12)).toEqual([
      2,
      'Nguyễn Văn An',
      'Giáo viên',
      'Tổ 1',
      'Lao động tiên tiến',
      'Giấy khen của Chủ tịch UBND thị xã',
      95.5,
      43,
      61,
      43 / 61,
      undefined,
    ]);
    expect(valueAt(sheet, 'K11')).toBe('Nghỉ thai sản 4 tháng');
    expect(valueAt(sheet, 'F11')).toBeUndefined();
  });

  it('writes numbers as numbers with formats: score "0.00" shows 9,50 and the ratio "0.00%" shows 70,49%', () => {
    const sheet = ldtt();
    expect(valueAt(sheet, 'G11')).toBe(9.5);
    expect(styleAt(sheet, 'G11')).toMatchObject({ numberFormat: '0.00', horizontalAlignment: 'center' });
    expect(valueAt(sheet, 'J12')).toBeCloseTo(0.70491803, 8);
    expect(styleAt(sheet, 'J12')).toMatchObject({ numberFormat: '0.00%' });
    expect(styleAt(sheet, 'H12')).toMatchObject({ numberFormat: '0' });
    expect(styleAt(sheet, 'B12')).toMatchObject({
      borders: true,
      wrapText: true,
      horizontalAlignment: 'left',
    });
  });

  it('counts the list under the table, then Nơi nhận on the left and the signer on the right', () => {
    const sheet = ldtt();
    expect(valueAt(sheet, 'A15')).toBe('Danh sách có 4 cá nhân.');
    expect(valueAt(sheet, 'A17')).toBe('Nơi nhận:');
    expect(styleAt(sheet, 'A17')).toMatchObject({ bold: true, italic: true });
    expect(valueAt(sheet, 'A18')).toBe('- Phòng Giáo dục và Đào tạo thị xã Thuận An;');
    expect(valueAt(sheet, 'A19')).toBe('- Lưu: VT.');
    expect(valueAt(sheet, 'E17')).toBe('HIỆU TRƯỞNG');
    expect(styleAt(sheet, 'E17')).toMatchObject({ bold: true, horizontalAlignment: 'center' });
    expect(valueAt(sheet, 'E22')).toBe('Võ Thị Hồng');
    expect(
      rowValues(sheet, 20)
        .concat(rowValues(sheet, 21))
        .every((v) => v === undefined),
    ).toBe(true);
  });

  it('prints a deputy signing for the principal on two lines', () => {
    const input = {
      ...sampleInput(),
      signer: { title: 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG', fullName: 'Đỗ Minh Châu' },
    };
    const sheet = buildExportWorkbook(input, ['proposal:LDTT']).sheets[0];
    const row = Number(find(sheet, 'KT. HIỆU TRƯỞNG').slice(1));
    expect(valueAt(sheet, `E${row + 1}`)).toBe('PHÓ HIỆU TRƯỞNG');
    expect(valueAt(sheet, `E${row + 6}`)).toBe('Đỗ Minh Châu');
  });
});

describe('an empty list', () => {
  it('says no one was proposed instead of printing an empty table', () => {
    const sheet = buildExportWorkbook(sampleInput(), ['proposal:CSTDCS']).sheets[0];
    expect(valueAt(sheet, 'A9')).toBe('Không có cá nhân nào được đề nghị danh hiệu Chiến sĩ thi đua cơ sở.');
    expect(has(sheet, 'Họ và tên')).toBe(false);
    expect(sheet.pageSetup?.printTitleRows).toBeUndefined();
    expect(has(sheet, 'HIỆU TRƯỞNG')).toBe(true);
  });

  it('says so for a collective title too', () => {
    const input = { ...sampleInput(), collectiveProposals: { TTLDXS: [] } };
    const sheet = buildExportWorkbook(input, ['proposal:TTLDXS']).sheets[0];
    expect(has(sheet, 'Không có tập thể nào được đề nghị danh hiệu Tập thể lao động xuất sắc.')).toBe(true);
  });

  it('is not confused with a list that never arrived: that one is flagged', () => {
    const preview = exportPreview(sampleInput(), ['proposal:CSTD_TINH']);
    expect(preview.documents[0].warnings.map((w) => w.message)).toEqual([
      'Chưa có dữ liệu danh sách đề nghị Chiến sĩ thi đua cấp tỉnh: hãy hoàn tất bình xét danh hiệu này rồi xuất lại.',
    ]);
    const workbook = buildExportWorkbook(sampleInput(), ['proposal:CSTD_TINH']);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Lưu ý', 'DS đề nghị CSTĐ tỉnh']);
    expect(has(workbook.sheets[1], /^Không có cá nhân/)).toBe(false);
  });
});

describe('danh sách đề nghị Tập thể lao động tiên tiến', () => {
  const sheet = () => buildExportWorkbook(sampleInput(), ['proposal:TTLDTT']).sheets[0];

  it('lists tổ in the school order with leader and number of members', () => {
    expect(rowValues(sheet(), 9).slice(0, 4)).toEqual(['STT', 'Tên tập thể', 'Tổ trưởng', 'Số thành viên']);
    expect(rowValues(sheet(), 11)).toEqual([
      1,
      'Tổ 1',
      'Trần Thị Ánh',
      8,
      'Tập thể lao động tiên tiến',
      undefined,
      undefined,
      11,
      11,
      1,
      undefined,
    ]);
    expect(valueAt(sheet(), 'B12')).toBe('Tổ Văn phòng');
    expect(valueAt(sheet(), 'F12')).toBe('Giấy khen');
    expect(valueAt(sheet(), 'A13')).toBe('Danh sách có 2 tập thể.');
  });
});

describe('votes that do not add up', () => {
  it('are printed as given but flagged, naming the list and the person', () => {
    const input = sampleInput();
    input.individualProposals!.LDTT![0] = { ...input.individualProposals!.LDTT![0], agree: 62 };
    input.individualProposals!.LDTT![1] = { ...input.individualProposals!.LDTT![1], base: undefined };
    const preview = exportPreview(input, ['proposal:LDTT']);
    expect(preview.documents[0].warnings.map((w) => w.message)).toEqual([
      'Danh sách LĐTT, Nguyễn Văn An: 62 phiếu đồng ý nhiều hơn tổng số 61; hãy kiểm tra lại số phiếu.',
      'Danh sách LĐTT, Trần Thị Ánh: có 55 phiếu đồng ý nhưng thiếu tổng số để tính tỉ lệ; hãy nhập tổng số phiếu.',
    ]);
    const sheet = buildExportWorkbook(input, ['proposal:LDTT']).sheets[1];
    expect(valueAt(sheet, 'J13')).toBeUndefined(); // Trần Thị Ánh: no base, no ratio
  });
});
