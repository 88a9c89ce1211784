import { describeError } from '../../../src/taskpane/shell/describe-error';

const FALLBACK = 'Đã xảy ra lỗi không xác định.';

describe('what the pane says when something fails', () => {
  it('shows our own Vietnamese sentence as it is, not the general one', () => {
    const error = new Error('Lưu thiết lập sẽ làm mất phiếu đã nhập ở vòng 1: hãy giữ ứng viên đã có phiếu.');
    expect(describeError(error, FALLBACK)).toEqual({ message: error.message });
  });

  it('keeps a programming error out of sight, behind the general sentence', () => {
    const shown = describeError(new TypeError('Cannot read properties of undefined'), FALLBACK);
    expect(shown.message).toBe(FALLBACK);
    expect(shown.details).toBe('TypeError: Cannot read properties of undefined');
  });
});
