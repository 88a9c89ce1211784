import { buildExportWorkbook, exportPreview } from '../../../src/layout/export';
import type { BallotSession } from '../../../src/layout/export';
import { sampleInput } from './fixtures';
import { find, mergeOf, rowValues, styleAt, valueAt } from './sheet-reader';

const ballotSheet = () => buildExportWorkbook(sampleInput(), ['ballot-count']).sheets[0];
const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ''));

describe('biên bản kiểm phiếu', () => {
  it('names the ban kiểm phiếu, head first, then the form of vote', () => {
    const sheet = ballotSheet();
    expect(valueAt(sheet, 'A7')).toBe('BIÊN BẢN KIỂM PHIẾU');
    expect(valueAt(sheet, 'A11')).toBe('- Thời gian: 15 giờ 00, ngày 25 tháng 5 năm 2021.');
    expect([14, 15, 16, 17].map((r) => valueAt(sheet, `A${r}`))).toEqual([
      '1. Trần Thị Ánh – Tổ trưởng: Trưởng ban.',
      '2. Đỗ Minh Châu: Thành viên.',
      '3. Nguyễn Văn Dũng – Giáo viên: Thành viên.',
      '- Hình thức biểu quyết: Bỏ phiếu kín.',
    ]);
  });

  it('gives ballots issued, returned, valid and invalid as numbers under their headings', () => {
    const sheet = ballotSheet();
    const head = rowOf(find(sheet, 'Số phiếu phát ra'));
    expect(rowValues(sheet, head - 1)[0]).toBe('1. Danh hiệu Chiến sĩ thi đua cơ sở');
    expect(rowValues(sheet, head)).toEqual([
      'Số phiếu phát ra',
      undefined,
      'Số phiếu thu vào',
      'Số phiếu hợp lệ',
      undefined,
      'Số phiếu không hợp lệ',
      undefined,
    ]);
    expect(rowValues(sheet, head + 1)).toEqual([61, undefined, 61, 60, undefined, 1, undefined]);
    expect(mergeOf(sheet, `F${head + 1}`)).toBe(`F${head + 1}:G${head + 1}`);
    expect(styleAt(sheet, `A${head + 1}`)).toMatchObject({ borders: true, numberFormat: '0' });
    expect(valueAt(sheet, `A${head + 2}`)).toBe(
      'Tỉ lệ đồng ý tính trên 61 (tổng số thành viên Hội đồng sư phạm).',
    );
  });

  it('lists each candidate in name order with agree count, ratio and result', () => {
    const sheet = ballotSheet();
    const header = rowOf(find(sheet, 'Số phiếu đồng ý'));
    expect(rowValues(sheet, header)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Tổ',
      'Số phiếu đồng ý',
      'Tỉ lệ',
      'Kết quả',
    ]);
    expect(rowValues(sheet, header + 1)).toEqual([
      1,
      'Phạm Thị An',
      'Giáo viên',
      'Tổ 1',
      40,
      40 / 61,
      'Không đạt',
    ]);
    expect(rowValues(sheet, header + 2)).toEqual([
      2,
      'Nguyễn Văn An',
      'Giáo viên',
      'Tổ 1',
      43,
      43 / 61,
      'Đạt',
    ]);
    expect(styleAt(sheet, `F${header + 2}`)).toMatchObject({ numberFormat: '0.00%' });
    expect(sheet.pageSetup?.printTitleRows).toBe(`$${header}:$${header}`);
  });

  it('is signed by the members on the left and the head on the right', () => {
    const sheet = ballotSheet();
    const titles = rowOf(find(sheet, 'TRƯỞNG BAN KIỂM PHIẾU'));
    expect(valueAt(sheet, `A${titles}`)).toBe('CÁC THÀNH VIÊN');
    expect(valueAt(sheet, `C${titles + 5}`)).toBe('Trần Thị Ánh');
    expect(valueAt(sheet, `A${titles + 5}`)).toBe('Đỗ Minh Châu');
    expect(valueAt(sheet, `A${titles + 10}`)).toBe('Nguyễn Văn Dũng');
    expect(valueAt(sheet, find(sheet, /^Việc kiểm phiếu/))).toBe(
      'Việc kiểm phiếu kết thúc lúc 15 giờ 40 cùng ngày.',
    );
  });

  it('flags counts that do not add up (DOMAIN.md §5) and a missing head', () => {
    const input = sampleInput();
    const session: BallotSession = input.ballotCount!.sessions[0];
    session.ballots = { issued: 60, returned: 61, valid: 58, invalid: 1 };
    session.candidates[0].agree = 59;
    input.ballotCount!.committee = input.ballotCount!.committee.map((m) => ({ ...m, isHead: false }));
    expect(exportPreview(input, ['ballot-count']).documents[0].warnings.map((w) => w.message)).toEqual([
      'Biên bản kiểm phiếu, Chiến sĩ thi đua cơ sở: số phiếu thu vào (61) nhiều hơn số phát ra (60); hãy đếm lại phiếu.',
      'Biên bản kiểm phiếu, Chiến sĩ thi đua cơ sở: phiếu hợp lệ (58) cộng phiếu không hợp lệ (1) khác số phiếu thu ' +
        'vào (61); hãy đếm lại phiếu.',
      'Biên bản kiểm phiếu, Chiến sĩ thi đua cơ sở: Nguyễn Văn An có 59 phiếu đồng ý, nhiều hơn 58 phiếu hợp lệ; ' +
        'hãy kiểm tra lại.',
      'Ban kiểm phiếu chưa có Trưởng ban; hãy chọn Trưởng ban kiểm phiếu.',
    ]);
  });

  it('repeats no header when several ballot tables share the sheet, and says when a ballot had no candidate', () => {
    const input = sampleInput();
    const first = input.ballotCount!.sessions[0];
    input.ballotCount!.sessions.push(
      { ...first, titleId: 'CSTD_TINH', candidates: [{ name: 'Phạm Thị An', agree: 60, passed: true }] },
      { ...first, titleId: 'TTLDXS', candidates: [] },
    );
    const sheet = buildExportWorkbook(input, ['ballot-count']).sheets[0];
    expect(sheet.pageSetup?.printTitleRows).toBeUndefined();
    expect(find(sheet, '3. Danh hiệu Tập thể lao động xuất sắc')).toBeDefined();
    expect(find(sheet, 'Không có ứng viên nào cho danh hiệu Tập thể lao động xuất sắc.')).toBeDefined();
  });
});
