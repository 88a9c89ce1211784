/**
 * The "Lưu ý" sheet, first in the workbook when something is incomplete (issue 6, "Bad input"): votes not
 * finished, open flags, data that does not add up. It is for the school, not for the recipient.
 */
import type { SheetSpec } from '../../grid';
import { NOTICE_SHEET_NAME } from '../catalogue';
import { writeParagraph, writeTitle } from '../official-form';
import { BODY_FONT_SIZE, PORTRAIT } from '../page';
import { SheetBuilder } from '../sheet-builder';
import { wrapToWidth } from '../text-width';

export const NOTICE_TITLE = 'Lưu ý trước khi gửi';

export const NOTICE_INTRO =
  'Các văn bản trong tệp này được xuất khi dữ liệu chưa hoàn tất. Hãy xử lý các mục dưới đây rồi xuất lại; ' +
  'xóa trang tính này trước khi gửi.';

const WIDTHS = [32, 436];

/** Column A numbers the item; its sentence fills column B, one row per printed line. */
export function buildNoticeSheet(notices: string[]): SheetSpec {
  const b = new SheetBuilder(WIDTHS);
  writeTitle(b, NOTICE_TITLE, []);
  writeParagraph(b, NOTICE_INTRO, { italic: true });
  b.addBlankRows(1);
  notices.forEach((notice, i) => {
    wrapToWidth(notice, b.width(1, 1), BODY_FONT_SIZE).forEach((line, j) => {
      const row = b.addRow();
      if (j === 0) {
        b.set(row, 0, i + 1);
        b.style(row, 0, row, 0, { horizontalAlignment: 'right', verticalAlignment: 'top' });
      }
      b.set(row, 1, line);
      b.style(row, 1, row, 1, { horizontalAlignment: 'left' });
    });
  });
  return b.build(NOTICE_SHEET_NAME, PORTRAIT, '#C00000');
}
