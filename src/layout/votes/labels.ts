/**
 * The words the vote sheets write and read back. Formulas on "Nhật ký phiếu" and "Kiểm phiếu" compare
 * against these exact strings, so they live in one place and both directions use them.
 */
import type { CountingRule, EntryStatus, Mark, VoteBase, VoteForm, VotingBody } from '../../domain/votes';

export const YES = 'Có';
export const NO = 'Không';

export const BASE_LABELS: Record<VoteBase, string> = {
  present: 'Số người dự họp',
  allMembers: 'Tổng số thành viên',
  validBallots: 'Số phiếu hợp lệ',
};

export const COUNTING_RULE_LABELS: Record<CountingRule, string> = {
  invalid: 'Cả phiếu không hợp lệ',
  rowBlank: 'Dòng đó để trống',
};

export const BODY_LABELS: Record<VotingBody, string> = {
  council: 'Hội đồng Thi đua – Khen thưởng',
  allStaff: 'Hội đồng sư phạm (toàn thể cán bộ – viên chức – người lao động)',
  cluster: 'Đại biểu các đơn vị trong cụm thi đua',
};

export const FORM_LABELS: Record<VoteForm, string> = {
  secret: 'Bỏ phiếu kín',
  showOfHands: 'Biểu quyết giơ tay',
};

/** How a rule came to be: from the legal text, the school's own choice, or not yet checked. */
export const RULE_ORIGIN_LABELS = {
  law: 'Theo văn bản',
  schoolChoice: 'Đơn vị tự quy định',
  unverified: 'Chưa kiểm chứng',
} as const;

/** "Loại" on the log: one word per kind of event. */
export const LOG_KIND_LABELS = {
  record: 'Ghi',
  undo: 'Hủy',
  correct: 'Sửa',
  count: 'Đếm',
  written: 'Văn bản',
  withdrawWritten: 'Rút văn bản',
} as const;

/** "Trạng thái" on the log; undo and withdrawal rows count nothing and stay blank. */
export const LOG_STATUS_LABELS: Record<EntryStatus, string> = {
  active: 'Hiệu lực',
  undone: 'Đã hủy',
  corrected: 'Đã sửa',
  action: '',
};

/** A mark in a candidate's column; blank rows are left empty. */
export const MARK_TEXT: Record<Mark, string | null> = { agree: 'Đ', disagree: 'K', blank: null };

/** "Phiếu hỏng": the tellers' invalid mark. */
export const SPOILED_MARK = 'X';

export const RESULT_LABELS = { passed: 'Đạt', failed: 'Không đạt', open: 'Chưa xong' } as const;

/** Reverse lookup for reading a label back; case and spacing as Excel may return them. */
export function fromLabel<K extends string>(labels: Record<K, string>, text: unknown): K | undefined {
  if (typeof text !== 'string') return undefined;
  const wanted = text.normalize('NFC').trim().toLowerCase();
  return (Object.keys(labels) as K[]).find((k) => labels[k].toLowerCase() === wanted);
}
