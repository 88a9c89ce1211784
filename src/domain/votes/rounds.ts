/**
 * Rounds: a candidate short of the threshold may stand again in a second round (DOMAIN.md §5). The new
 * round is appended; the earlier round, its ballots and its decisions stay on record.
 */
import type { DomainIssue } from '../issues';
import type { MeetingTally } from './tally';
import type { CandidateKey, Meeting } from './types';

/** Candidates who fell short in `round`: failed, not merely still open. */
export function fellShort(tally: MeetingTally, round: number): CandidateKey[] {
  const roundTally = tally.rounds.find((r) => r.round === round);
  return roundTally ? roundTally.candidates.filter((c) => c.status === 'failed').map((c) => c.key) : [];
}

/**
 * A meeting with one more round for `candidateKeys` (by default those who fell short in the last round).
 * Refused while the last round is still open, or when nobody is left to vote on.
 */
export function addNextRound(
  meeting: Meeting,
  tally: MeetingTally,
  issued: number,
  candidateKeys?: CandidateKey[],
): { ok: true; meeting: Meeting } | { ok: false; issue: DomainIssue } {
  const last = meeting.rounds[meeting.rounds.length - 1];
  if (!last) {
    return {
      ok: true,
      meeting: { ...meeting, rounds: [{ round: 1, issued, candidateKeys }] },
    };
  }
  const lastTally = tally.rounds.find((r) => r.round === last.round);
  const stillOpen = lastTally?.candidates.filter((c) => c.status === 'open') ?? [];
  if (stillOpen.length > 0) {
    return {
      ok: false,
      issue: {
        code: 'vote.round.previous-open',
        severity: 'error',
        message: `Vòng ${last.round} còn ${stillOpen.length} ứng viên chưa có kết quả (ví dụ ${stillOpen[0].candidate.name}); hãy nhập hết phiếu hoặc kết thúc kiểm phiếu vòng ${last.round} trước khi mở vòng ${last.round + 1}.`,
      },
    };
  }
  const keys = candidateKeys ?? fellShort(tally, last.round);
  if (keys.length === 0) {
    return {
      ok: false,
      issue: {
        code: 'vote.round.nobody',
        severity: 'error',
        message: `Không có ứng viên nào cho vòng ${last.round + 1}: mọi ứng viên vòng ${last.round} đều đã đạt. Không cần bỏ phiếu thêm.`,
      },
    };
  }
  return {
    ok: true,
    meeting: {
      ...meeting,
      rounds: [...meeting.rounds, { round: last.round + 1, issued, candidateKeys: keys }],
    },
  };
}
