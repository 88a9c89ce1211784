import { officeErrorToVietnamese } from '../../src/excel/errors';

/** Shaped like OfficeExtension.Error as Excel raises it at sync. */
function officeError(code: string) {
  return Object.assign(new Error(`${code} from Excel`), { name: 'RichApi.Error', code, debugInfo: { code } });
}

describe('Office errors in Vietnamese', () => {
  test.each([
    ['ItemNotFound', /Không tìm thấy/],
    ['InvalidArgument', /không nhận/],
    ['AccessDenied', /bảo vệ/],
    ['ItemAlreadyExists', /trùng tên/],
    ['GeneralException', /lỗi chung/],
    ['InvalidReference', /không còn đúng/],
    ['RequestPayloadSizeLimitExceeded', /5 MB/],
    ['InsertDeleteConflict', /chèn hay xoá/],
    ['InvalidOperationInCellEditMode', /Enter hoặc Esc/],
  ])('%s says what happened and what to do', (code, pattern) => {
    const message = officeErrorToVietnamese(officeError(code));
    expect(message).toMatch(pattern);
    expect(message).toMatch(/Hãy/);
    expect(message).toBe(message?.normalize('NFC'));
  });

  test('an unknown code is still explained, naming the code', () => {
    expect(officeErrorToVietnamese(officeError('PivotTableRangeConflict'))).toMatch(
      /"PivotTableRangeConflict"/,
    );
  });

  test('errors that are not from Office give undefined, for the caller’s own sentence', () => {
    expect(officeErrorToVietnamese(new TypeError('x is undefined'))).toBeUndefined();
    expect(officeErrorToVietnamese('ItemNotFound')).toBeUndefined();
    expect(officeErrorToVietnamese(null)).toBeUndefined();
  });
});
