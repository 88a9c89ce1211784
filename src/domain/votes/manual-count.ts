/**
 * A manual count (kiểm phiếu thủ công) typed as totals instead of ballot by ballot: refused when it cannot
 * add up (returned > issued, invalid > returned, agree + disagree + blank > valid). A later count of the
 * same round replaces the earlier one, which stays in the log as "Đã sửa".
 */
import { TITLES } from '../titles';
import { findRound, keyOf, roundCandidates } from './meeting';
import { activeBallots, checkSetup, refuse, withEntry, type ApplyResult } from './log-state';
import type { BallotState, ManualCount, Meeting } from './types';

export function applyCount(state: BallotState, count: ManualCount, meeting: Meeting): ApplyResult {
  const setupProblem = checkSetup(meeting, count.round);
  if (setupProblem) return setupProblem;
  const round = findRound(meeting, count.round)!;
  const where = `Kết quả đếm tay vòng ${count.round}`;
  if (activeBallots(state, count.round).length > 0) {
    return refuse(
      'vote.count.round-has-ballots',
      `Vòng ${count.round} đang được nhập từng phiếu; không thể nhập thêm kết quả đếm tay cho vòng này. Hãy tiếp tục nhập từng phiếu, hoặc hủy các phiếu đã ghi trước.`,
    );
  }
  const numbers: [string, number][] = [
    ['số phiếu thu vào', count.returned],
    ['số phiếu không hợp lệ', count.invalid],
  ];
  for (const [label, value] of numbers) {
    if (!Number.isInteger(value) || value < 0) {
      return refuse(
        'vote.count.not-whole',
        `${where}: ${label} phải là số nguyên không âm (đang là ${value}).`,
      );
    }
  }
  if (count.returned > round.issued) {
    return refuse(
      'vote.count.returned-above-issued',
      `${where}: thu vào ${count.returned} phiếu, nhiều hơn ${round.issued} phiếu phát ra; hãy đếm lại hoặc sửa số phiếu phát ra.`,
    );
  }
  if (count.invalid > count.returned) {
    return refuse(
      'vote.count.invalid-above-returned',
      `${where}: ${count.invalid} phiếu không hợp lệ, nhiều hơn ${count.returned} phiếu thu vào; hãy đếm lại.`,
    );
  }
  const valid = count.returned - count.invalid;
  const onBallot = new Map(roundCandidates(meeting, count.round).map((c) => [keyOf(c), c]));
  for (const [key, c] of Object.entries(count.perCandidate)) {
    const candidate = onBallot.get(key);
    if (!candidate) {
      return refuse(
        'vote.count.unknown-candidate',
        `${where} có ứng viên "${key}" không có trên phiếu vòng ${count.round}; hãy kiểm tra lại danh sách ứng viên.`,
      );
    }
    const values = [c.agree, c.disagree, c.blank ?? 0];
    if (values.some((v) => !Number.isInteger(v) || v < 0)) {
      return refuse(
        'vote.count.not-whole',
        `${where}: số phiếu của ${candidate.name} phải là số nguyên không âm.`,
      );
    }
    const sum = c.agree + c.disagree + (c.blank ?? 0);
    if (sum > valid) {
      const parts = [`đồng ý ${c.agree}`, `không đồng ý ${c.disagree}`];
      if (c.blank !== undefined) parts.push(`để trống ${c.blank}`);
      return refuse(
        'vote.count.above-valid',
        `${where}: ${candidate.name} (${TITLES[candidate.titleId].shortLabel}) có ${parts.join(' + ')} = ${sum}, vượt quá ${valid} phiếu hợp lệ; hãy đếm lại.`,
      );
    }
  }
  const previous = state.entries.find(
    (e) => e.status === 'active' && e.event.kind === 'count' && e.event.count.round === count.round,
  );
  return {
    ok: true,
    state: withEntry(
      state,
      { event: { kind: 'count', count }, status: 'active', target: previous?.seq },
      previous ? 'corrected' : undefined,
    ),
  };
}
