/**
 * The keyboard model of the live tally, kept pure so it can be tested keystroke by keystroke. A ballot
 * that approves everyone takes one key; any other ballot at most one key per candidate: each mark key marks
 * the focused row and moves down, and marking the last row records the ballot (when autoRecordOnLastRow).
 */
import type { Ballot, CandidateKey, Mark } from './types';

export interface BallotKeyMap {
  agree: string[];
  disagree: string[];
  blank: string[];
  /** Records at once a ballot that agrees with every candidate. */
  allAgree: string[];
  /** Records at once an invalid ballot. */
  invalid: string[];
  /** Records the ballot as marked; unmarked rows count as blank. */
  record: string[];
  up: string[];
  down: string[];
  /** Unmarks the focused row, or the row above when the focused one is unmarked. */
  erase: string[];
  /** Starts the ballot over. */
  clear: string[];
  autoRecordOnLastRow: boolean;
}

export const DEFAULT_BALLOT_KEYS: BallotKeyMap = {
  agree: ['1', 'd', 'D', 'đ', 'Đ'],
  disagree: ['2', 'k', 'K'],
  blank: ['0', ' '],
  allAgree: ['a', 'A'],
  invalid: ['x', 'X'],
  record: ['Enter'],
  up: ['ArrowUp'],
  down: ['ArrowDown'],
  erase: ['Backspace'],
  clear: ['Escape'],
  autoRecordOnLastRow: true,
};

/** The help shown under the ballot, in Vietnamese. */
export const BALLOT_KEY_HELP: string[] = [
  '1 hoặc D: Đồng ý cho dòng đang chọn, rồi chuyển xuống dòng dưới',
  '2 hoặc K: Không đồng ý cho dòng đang chọn, rồi chuyển xuống dòng dưới',
  '0 hoặc phím cách: để trống dòng đang chọn, rồi chuyển xuống dòng dưới',
  'A: ghi ngay một phiếu đồng ý tất cả ứng viên',
  'X: ghi ngay một phiếu không hợp lệ',
  'Enter: ghi phiếu như đang đánh dấu (dòng chưa đánh dấu tính là để trống)',
  'Mũi tên lên/xuống: chọn dòng; Backspace: xóa dấu vừa đánh; Esc: nhập lại phiếu từ đầu',
  'Đánh dấu xong dòng cuối cùng thì phiếu được ghi ngay, không cần Enter',
];

export interface DraftSubmission {
  number: number;
  marks: Record<CandidateKey, Mark>;
  invalid: boolean;
}

export interface BallotDraft {
  round: number;
  /** The number the pane shows for this ballot. */
  number: number;
  /** Rows of the ballot, top to bottom. */
  candidateKeys: CandidateKey[];
  focus: number;
  marks: Record<CandidateKey, Mark>;
  /** Set by the key that finished a ballot: the caller records it. Cleared by the next key. */
  submission: DraftSubmission | null;
}

export function newDraft(round: number, number: number, candidateKeys: CandidateKey[]): BallotDraft {
  return { round, number, candidateKeys, focus: 0, marks: {}, submission: null };
}

function submit(draft: BallotDraft, marks: Record<CandidateKey, Mark>, invalid: boolean): BallotDraft {
  return {
    ...newDraft(draft.round, draft.number + 1, draft.candidateKeys),
    submission: { number: draft.number, marks, invalid },
  };
}

/** The draft after one key; keys the map does not know leave it as it was. */
export function reduceKey(
  draft: BallotDraft,
  key: string,
  keys: BallotKeyMap = DEFAULT_BALLOT_KEYS,
): BallotDraft {
  const current: BallotDraft = draft.submission ? { ...draft, submission: null } : draft;
  const rows = current.candidateKeys.length;
  const focusedKey = current.candidateKeys[current.focus];
  const mark: Mark | null = keys.agree.includes(key)
    ? 'agree'
    : keys.disagree.includes(key)
      ? 'disagree'
      : keys.blank.includes(key)
        ? 'blank'
        : null;
  if (mark) {
    if (focusedKey === undefined) return current;
    const marks = { ...current.marks, [focusedKey]: mark };
    if (current.focus === rows - 1 && keys.autoRecordOnLastRow) return submit(current, marks, false);
    return { ...current, marks, focus: Math.min(current.focus + 1, rows - 1) };
  }
  if (keys.allAgree.includes(key)) {
    const marks: Record<CandidateKey, Mark> = {};
    for (const k of current.candidateKeys) marks[k] = 'agree';
    return submit(current, marks, false);
  }
  if (keys.invalid.includes(key)) return submit(current, {}, true);
  if (keys.record.includes(key)) return submit(current, { ...current.marks }, false);
  if (keys.up.includes(key)) return { ...current, focus: Math.max(0, current.focus - 1) };
  if (keys.down.includes(key))
    return { ...current, focus: Math.min(Math.max(rows - 1, 0), current.focus + 1) };
  if (keys.erase.includes(key)) {
    // Like a backspace: an unmarked row steps back to the row marked just before and unmarks it.
    if (focusedKey === undefined) return current;
    const focus = current.marks[focusedKey] ? current.focus : Math.max(0, current.focus - 1);
    const marks = { ...current.marks };
    delete marks[current.candidateKeys[focus]];
    return { ...current, marks, focus };
  }
  if (keys.clear.includes(key)) return { ...current, marks: {}, focus: 0 };
  return current;
}

/** The ballot to record from a submission. */
export function ballotFromSubmission(
  submission: DraftSubmission,
  round: number,
  enteredBy: string,
  enteredAt: string,
): Ballot {
  return {
    round,
    number: submission.number,
    marks: submission.marks,
    invalid: submission.invalid,
    enteredBy,
    enteredAt,
  };
}
