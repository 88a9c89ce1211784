/**
 * Every change the add-in makes to a workbook is one of these typed patches, planned here (pure) and
 * executed by an adapter (excel/apply-patch.ts for Office.js). Each kind states its overwrite rule once.
 */
import type { CellLocation } from '../../domain/issues';
import type { WorkbookSpec } from '../grid';
import type { LogAppend } from '../votes';
import type { QuyCheSectionPatch } from './quy-che-section';
import type { ExistingSheetPolicy } from './write-plan';

/** One typed score for a round sheet's input cell (0-based row and column). */
export interface ScoreCellWrite {
  sheet: string;
  row: number;
  column: number;
  value: number;
}

/** What to do when a score cell already holds another value. */
export type IfFilled = 'ask' | 'overwrite' | 'skip';

export type WorkbookPatch =
  | { kind: 'replaceSheets'; spec: WorkbookSpec; policy: ExistingSheetPolicy }
  | { kind: 'quyCheSection'; patch: QuyCheSectionPatch }
  | { kind: 'appendLogRow'; sheet: string; append: LogAppend }
  | { kind: 'scoreCells'; writes: ScoreCellWrite[]; ifFilled: IfFilled }
  | { kind: 'targetCell'; location: CellLocation; expected: number; value: number }
  | { kind: 'chart'; sheet: string };

/** The overwrite rule of each kind of patch, in the words the pane and the docs use. */
export const OVERWRITE_RULES: Record<WorkbookPatch['kind'], string> = {
  replaceSheets:
    'Trang trống được dùng lại; trang có dữ liệu chỉ được ghi đè khi là trang của Thi Đua (có dấu sở hữu) và thao tác cho phép, nếu không bảng mới nhận tên khác.',
  quyCheSection:
    'Chỉ ghi cột A–D của các dòng thuộc phần thiết lập đó (và dòng trống ngay dưới nếu cần); ô khác của trang "Quy chế" giữ nguyên.',
  appendLogRow:
    'Chỉ ghi dòng kế tiếp của nhật ký và ô trạng thái của dòng được hủy hay sửa; không dòng cũ nào bị viết lại.',
  scoreCells: 'Ô trống được ghi; ô đã có giá trị khác chỉ bị ghi đè khi người dùng đồng ý.',
  targetCell: 'Chỉ ghi khi ô vẫn là số khung hiển thị và không chứa công thức.',
  chart: 'Chỉ thay biểu đồ cùng tên trên trang đó.',
};
