import { buildExportWorkbook, exportPreview } from '../../../src/layout/export';
import { sampleInput } from './fixtures';
import { find, rowValues, styleAt, valueAt } from './sheet-reader';

const minutes = () => buildExportWorkbook(sampleInput(), ['meeting-minutes']).sheets[0];
const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ''));

describe('biên bản họp xét thi đua', () => {
  it('is titled BIÊN BẢN with its subject and the school year', () => {
    const sheet = minutes();
    expect(sheet.name).toBe('Biên bản họp xét thi đua');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 'A4' });
    expect(valueAt(sheet, 'A7')).toBe('BIÊN BẢN');
    expect(valueAt(sheet, 'A8')).toBe('Họp xét thi đua – khen thưởng năm học 2020-2021');
  });

  it('records time, place, chair and secretary', () => {
    const sheet = minutes();
    expect(valueAt(sheet, 'A10')).toBe('I. THỜI GIAN, ĐỊA ĐIỂM');
    expect(styleAt(sheet, 'A10')).toMatchObject({ bold: true });
    expect(valueAt(sheet, 'A11')).toBe('- Thời gian: 14 giờ 00, ngày 25 tháng 5 năm 2021.');
    expect(valueAt(sheet, 'A12')).toBe('- Địa điểm: Phòng họp Trường Tiểu học Bình Hòa 2.');
    expect(valueAt(sheet, 'A14')).toBe('- Chủ trì: Võ Thị Hồng – Hiệu trưởng, Chủ tịch Hội đồng.');
    expect(valueAt(sheet, 'A15')).toBe('- Thư ký: Đỗ Minh Châu – Giáo viên.');
  });

  it('counts members present and absent and names them in list order, the absent with their reason', () => {
    const sheet = minutes();
    expect(valueAt(sheet, 'A16')).toBe('- Tổng số thành viên Hội đồng: 5; có mặt: 4; vắng: 1.');
    expect([17, 18, 19, 20, 21].map((r) => valueAt(sheet, `A${r}`))).toEqual([
      '- Thành viên có mặt:',
      '1. Trần Thị Ánh – Ủy viên.',
      '2. Đỗ Minh Châu – Thư ký.',
      '3. Nguyễn Văn Dũng – Ủy viên.',
      '4. Võ Thị Hồng – Chủ tịch Hội đồng.',
    ]);
    expect(valueAt(sheet, 'A22')).toBe('- Thành viên vắng:');
    expect(valueAt(sheet, 'A23')).toBe('1. Lê Văn Bình – Ủy viên (lý do: nghỉ ốm).');
  });

  it('says "vắng: không" when everyone came', () => {
    const input = sampleInput();
    input.meeting!.members = input.meeting!.members.map((m) => ({ ...m, present: true }));
    expect(
      find(buildExportWorkbook(input, ['meeting-minutes']).sheets[0], '- Thành viên vắng: không.'),
    ).toBeDefined();
  });

  it('tabulates each title: vote form, proposed, approved, decision', () => {
    const sheet = minutes();
    const header = rowOf(find(sheet, 'Hình thức biểu quyết'));
    expect(rowValues(sheet, header)).toEqual([
      'STT',
      'Danh hiệu thi đua',
      'Hình thức biểu quyết',
      'Số đề xuất',
      'Số đạt',
      'Kết luận',
    ]);
    expect(sheet.pageSetup?.printTitleRows).toBe(`$${header}:$${header}`);
    expect(rowValues(sheet, header + 1)).toEqual([
      1,
      'Lao động tiên tiến',
      'Biểu quyết',
      14,
      13,
      'Thống nhất đề nghị 13 cá nhân',
    ]);
    expect(rowValues(sheet, header + 2)).toEqual([
      2,
      'Chiến sĩ thi đua cơ sở',
      'Bỏ phiếu kín',
      2,
      0,
      'Không đề nghị',
    ]);
    expect(valueAt(sheet, `A${header + 3}`)).toBe('Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày.');
  });

  it('is signed by the secretary on the left and the chair on the right, names on one row', () => {
    const sheet = minutes();
    const titles = rowOf(find(sheet, 'THƯ KÝ'));
    expect(valueAt(sheet, `C${titles}`)).toBe('CHỦ TỌA');
    expect(rowValues(sheet, titles + 5)).toEqual([
      'Đỗ Minh Châu',
      undefined,
      'Võ Thị Hồng',
      undefined,
      undefined,
      undefined,
    ]);
    expect(() => find(sheet, 'Nơi nhận:')).toThrow();
  });

  it('gives the closing date when the meeting ends on another day', () => {
    const input = sampleInput();
    input.meeting!.endsAt = '2021-05-26T08:15';
    const sheet = buildExportWorkbook(input, ['meeting-minutes']).sheets[0];
    expect(valueAt(sheet, find(sheet, /^Cuộc họp kết thúc/))).toBe(
      'Cuộc họp kết thúc lúc 8 giờ 15 ngày 26 tháng 5 năm 2021.',
    );
  });

  it('leaves a meeting with no time yet to fill by hand, without calling the blank unreadable', () => {
    const input = sampleInput();
    input.meeting!.startsAt = '';
    const sheet = buildExportWorkbook(input, ['meeting-minutes']).sheets.find((s) => s.name !== 'Lưu ý')!;
    expect(valueAt(sheet, find(sheet, /^- Thời gian/))).toBe('- Thời gian: … giờ …, ngày … tháng … năm ….');
    const warnings = exportPreview(input, ['meeting-minutes']).documents[0].warnings;
    expect(warnings.map((w) => w.code)).not.toContain('export.date-invalid');
  });

  it('flags an unreadable start time and more approved than proposed', () => {
    const input = sampleInput();
    input.meeting!.startsAt = '25/05/2021 14:00';
    input.meeting!.results[0].approved = 15;
    expect(exportPreview(input, ['meeting-minutes']).documents[0].warnings.map((w) => w.message)).toEqual([
      'Biên bản họp: thời gian bắt đầu "25/05/2021 14:00" không đọc được; hãy nhập ngày họp dạng ' +
        'ngày/tháng/năm và giờ bắt đầu dạng giờ:phút (ví dụ 25/05/2021 và 14:00).',
      'Biên bản họp, Lao động tiên tiến: số đạt 15 lớn hơn số đề xuất 14; hãy kiểm tra lại kết quả.',
    ]);
  });
});
