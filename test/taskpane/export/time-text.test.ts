import { EXPORT_STRINGS } from '../../../src/taskpane/panels/export/strings';
import { parseTimeText } from '../../../src/taskpane/panels/export/time-text';

const vi = EXPORT_STRINGS.vi.time;

describe('the meeting times typed in "Gửi Phòng"', () => {
  test.each([
    ['14:00', '14:00'],
    ['7:30', '07:30'],
    [' 14h30 ', '14:30'],
    ['14h', '14:00'],
    ['8g15', '08:15'],
    ['14 giờ 30', '14:30'],
    ['14 giờ 30 phút', '14:30'],
    ['0:05', '00:05'],
  ])('"%s" is %s', (typed, expected) => {
    expect(parseTimeText(typed, vi)).toEqual({ ok: true, value: expected });
  });

  test('left blank, the minutes keep dots to fill in by hand', () => {
    expect(parseTimeText('  ', vi)).toEqual({ ok: true, value: '' });
  });

  test.each(['25:00', '14:60', '2 PM', '14:0', 'mười bốn giờ'])(
    '"%s" is refused in Vietnamese, with the form to use',
    (typed) => {
      expect(parseTimeText(typed, vi)).toEqual({
        ok: false,
        reason: `Không đọc được giờ "${typed}". Hãy ghi theo dạng giờ:phút, ví dụ 14:00 hoặc 7:30.`,
      });
    },
  );

  test('English panel, English message', () => {
    expect(parseTimeText('2 PM', EXPORT_STRINGS.en.time)).toEqual({
      ok: false,
      reason: '"2 PM" is not a time. Write hours:minutes, e.g. 14:00 or 7:30.',
    });
  });
});
