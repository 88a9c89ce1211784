/**
 * What the teller is told after each entry: the ballot's number and whether it counts (hợp lệ / không hợp
 * lệ, judged by the school's counting rule as the tally will count it), or which ballot an undo withdrew.
 * Said on screen and to screen readers, so a ballot can never be recorded unnoticed.
 */
import { TITLES } from '../../titles';
import { countBallot, entryBallot, type Ballot, type Meeting } from '..';
import type { TallySession } from './session';

export interface Receipt {
  number: number;
  round: number;
  /** Whether the ballot counts; an undo is "valid" as an action. */
  valid: boolean;
  text: string;
}

function ballotWords(ballot: Ballot, meeting: Meeting): { valid: boolean; detail: string } {
  if (ballot.invalid) return { valid: false, detail: 'đánh dấu không hợp lệ' };
  const counted = countBallot(ballot, meeting);
  if (!counted.valid) {
    const over = counted.overMarkedTitles.map((t) => TITLES[t].shortLabel).join(', ');
    return {
      valid: false,
      detail: over !== '' ? `đồng ý quá số suất ${over}` : 'không đánh dấu ứng viên nào',
    };
  }
  const marks = Object.values(counted.marks);
  const n = (mark: string) => marks.filter((m) => m === mark).length;
  const blanked =
    counted.overMarkedTitles.length > 0
      ? `; dòng ${counted.overMarkedTitles.map((t) => TITLES[t].shortLabel).join(', ')} tính là để trống vì quá số suất`
      : '';
  return {
    valid: true,
    detail: `đồng ý ${n('agree')}, không đồng ý ${n('disagree')}, để trống ${n('blank')}${blanked}`,
  };
}

/** The confirmation of the last entry of the log, or null when nothing was entered or it was not a ballot. */
export function receiptOf(session: Pick<TallySession, 'state' | 'meeting'>): Receipt | null {
  const entry = session.state.entries[session.state.entries.length - 1];
  if (!entry) return null;
  const { event } = entry;
  if (event.kind === 'undo') {
    return {
      number: event.lastNumber,
      round: event.round,
      valid: true,
      text: `Đã hủy phiếu số ${event.lastNumber}; phiếu tiếp theo lại là số ${event.lastNumber}.`,
    };
  }
  const ballot = entryBallot(entry);
  if (!ballot) return null;
  const { valid, detail } = ballotWords(ballot, session.meeting);
  const verb = event.kind === 'correct' ? 'Đã sửa' : 'Đã ghi';
  return {
    number: ballot.number,
    round: ballot.round,
    valid,
    text: `${verb} phiếu số ${ballot.number}: ${valid ? 'hợp lệ' : 'không hợp lệ'} (${detail}).`,
  };
}
