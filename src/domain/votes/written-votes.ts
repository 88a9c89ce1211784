/**
 * Written votes of absent members (lấy ý kiến bằng văn bản) entered in the log: refused for a member on
 * the present list or beyond the body's size; a second vote of the same member replaces the first; a
 * vote entered by mistake is withdrawn, never deleted.
 */
import {
  checkMarks,
  checkSetup,
  activeWrittenEntries,
  refuse,
  sameName,
  withEntry,
  type ApplyResult,
} from './log-state';
import type { BallotEvent, BallotState, Meeting } from './types';

export function applyWritten(
  state: BallotState,
  event: Extract<BallotEvent, { kind: 'written' }>,
  meeting: Meeting,
): ApplyResult {
  const { vote } = event;
  const setupProblem = checkSetup(meeting, vote.round);
  if (setupProblem) return setupProblem;
  const name = vote.memberName.normalize('NFC').trim();
  if (name === '') {
    return refuse(
      'vote.written.no-name',
      `Phiếu bằng văn bản ở vòng ${vote.round} chưa ghi tên thành viên vắng mặt; hãy nhập họ và tên người gửi phiếu.`,
    );
  }
  if ((meeting.presentNames ?? []).some((present) => sameName(present, name))) {
    return refuse(
      'vote.written.member-present',
      `${name} có tên trong danh sách có mặt nên không thể gửi thêm phiếu bằng văn bản ở vòng ${vote.round}; hãy kiểm tra lại danh sách có mặt.`,
    );
  }
  const markProblem = checkMarks(vote, meeting, `Phiếu bằng văn bản của ${name}`);
  if (markProblem) return markProblem;
  const entries = activeWrittenEntries(state, vote.round);
  const previous = entries.find((e) => e.event.kind === 'written' && sameName(e.event.vote.memberName, name));
  const writers = entries.length + (previous ? 0 : 1);
  if (meeting.present + writers > meeting.totalMembers) {
    return refuse(
      'vote.written.too-many',
      `Vòng ${vote.round}: ${meeting.present} người có mặt cộng ${writers} phiếu bằng văn bản vượt quá tổng số ${meeting.totalMembers} thành viên; không thể ghi phiếu của ${name}. Hãy kiểm tra lại số người có mặt và danh sách vắng mặt.`,
    );
  }
  return {
    ok: true,
    state: withEntry(
      state,
      { event, status: 'active', target: previous?.seq },
      previous ? 'corrected' : undefined,
    ),
  };
}

export function applyWithdrawWritten(
  state: BallotState,
  event: Extract<BallotEvent, { kind: 'withdrawWritten' }>,
): ApplyResult {
  const target = activeWrittenEntries(state, event.round).find(
    (e) => e.event.kind === 'written' && sameName(e.event.vote.memberName, event.memberName),
  );
  if (!target) {
    return refuse(
      'vote.written.missing',
      `Không có phiếu bằng văn bản của ${event.memberName.normalize('NFC').trim()} ở vòng ${event.round} để rút; hãy kiểm tra lại tên trong Nhật ký phiếu.`,
    );
  }
  return { ok: true, state: withEntry(state, { event, status: 'action', target: target.seq }, 'undone') };
}
