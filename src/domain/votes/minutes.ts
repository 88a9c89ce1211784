/**
 * What the biên bản kiểm phiếu states (DOMAIN.md §8): the form of vote, ballots issued / returned / valid /
 * invalid, the written votes of absent members, and per candidate the agree count, % and decision.
 */
import { TITLES } from '../titles';
import { formatThresholdPercent } from './percent';
import type { RuleProfile } from './profiles';
import { tallyMeeting, type VoteStatus } from './tally';
import type { BallotState, Meeting, Teller, VoteForm, VotingBody } from './types';

export const VOTE_FORM_LABELS: Record<VoteForm, string> = {
  secret: 'Bỏ phiếu kín',
  showOfHands: 'Biểu quyết giơ tay',
};

export const VOTING_BODY_LABELS: Record<VotingBody, string> = {
  council: 'Hội đồng Thi đua – Khen thưởng',
  allStaff: 'Toàn thể cán bộ, viên chức, người lao động',
};

export const STATUS_LABELS: Record<VoteStatus, string> = {
  passed: 'Đạt',
  failed: 'Không đạt',
  open: 'Chưa xong',
};

export interface MinutesCandidateLine {
  stt: number;
  name: string;
  candidateId: string;
  titleLabel: string;
  agree: number;
  writtenAgree: number;
  base: number;
  percentText: string;
  threshold: string;
  decision: string;
  reason: string;
}

export interface MinutesRound {
  round: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  written: number;
  writtenMembers: string[];
  candidates: MinutesCandidateLine[];
  /** e.g. "Vòng 1: phát ra 41 phiếu, thu vào 41 phiếu, hợp lệ 40 phiếu, không hợp lệ 1 phiếu." */
  sentence: string;
}

export interface MinutesSummary {
  profileLabel: string;
  profileSource: string;
  body: string;
  form: string;
  totalMembers: number;
  present: number;
  quorumSentence: string;
  tellers: Teller[];
  rounds: MinutesRound[];
  /** True when some result is still open: the minutes must not be signed yet. */
  incomplete: boolean;
}

export function tallySummaryForMinutes(
  profile: RuleProfile,
  meeting: Meeting,
  state: BallotState,
): MinutesSummary {
  const tally = tallyMeeting(profile, meeting, state);
  const rounds = tally.rounds.map((r): MinutesRound => {
    const written =
      r.written > 0
        ? `, ${r.written} phiếu bằng văn bản của thành viên vắng mặt (${r.writtenMembers.join(', ')})`
        : '';
    return {
      round: r.round,
      issued: r.issued,
      returned: r.returned,
      valid: r.valid,
      invalid: r.invalid,
      written: r.written,
      writtenMembers: r.writtenMembers,
      sentence: `Vòng ${r.round}: phát ra ${r.issued} phiếu, thu vào ${r.returned} phiếu, hợp lệ ${r.valid} phiếu, không hợp lệ ${r.invalid} phiếu${written}.`,
      candidates: r.candidates.map((c, index) => ({
        stt: index + 1,
        name: c.candidate.name,
        candidateId: c.candidate.id,
        titleLabel: TITLES[c.titleId].shortLabel,
        agree: c.agree,
        writtenAgree: c.writtenAgree,
        base: c.base,
        percentText: c.percentText,
        threshold: formatThresholdPercent(c.thresholdPercent),
        decision: STATUS_LABELS[c.status],
        reason: c.reason,
      })),
    };
  });
  return {
    profileLabel: profile.label,
    profileSource: profile.source,
    body: VOTING_BODY_LABELS[meeting.body],
    form: VOTE_FORM_LABELS[meeting.form],
    totalMembers: meeting.totalMembers,
    present: meeting.present,
    quorumSentence: tally.quorum.sentence,
    tellers: meeting.tellers ?? [],
    rounds,
    incomplete: tally.rounds.some((r) => r.candidates.some((c) => c.status === 'open')),
  };
}
