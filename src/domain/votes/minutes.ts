/**
 * What the minutes state (DOMAIN.md §8), computed once: the form of vote, ballots issued / returned / valid /
 * invalid, the written votes of absent members, the ban kiểm phiếu and its head, per title what the % is
 * taken of, per candidate the agree count, % and decision, and the notes of the meeting's minutes. The
 * workbook's "Biên bản kiểm phiếu" and the exported biên bản both print from this model.
 */
import { nameMatchKey } from '../text';
import { TITLES, type TitleId } from '../titles';
import { clusterMinutes, type ClusterMinutes } from './cluster';
import { formatThresholdPercent } from './percent';
import type { RuleProfile, VoteBase } from './profiles';
import { tallyMeeting, type MeetingTally, type RoundTally, type VoteStatus } from './tally';
import type { BallotState, Meeting, Teller, VoteForm, VotingBody } from './types';

export const VOTE_FORM_LABELS: Record<VoteForm, string> = {
  secret: 'Bỏ phiếu kín',
  showOfHands: 'Biểu quyết giơ tay',
};

export const VOTING_BODY_LABELS: Record<VotingBody, string> = {
  council: 'Hội đồng Thi đua – Khen thưởng',
  allStaff: 'Toàn thể cán bộ, viên chức, người lao động',
  cluster: 'Đại biểu các đơn vị trong cụm thi đua',
};

const ALL_MEMBERS_LABELS: Record<VotingBody, string> = {
  council: 'tổng số thành viên Hội đồng',
  allStaff: 'tổng số cán bộ, giáo viên, nhân viên',
  cluster: 'tổng số đại biểu các đơn vị trong cụm',
};

export const STATUS_LABELS: Record<VoteStatus, string> = {
  passed: 'Đạt',
  failed: 'Không đạt',
  open: 'Chưa xong',
};

/** What the percentage is taken of, in the minutes' words. */
export function baseLabel(base: VoteBase, body: VotingBody, withWritten: boolean): string {
  const written = withWritten ? ' và thành viên vắng mặt gửi phiếu bằng văn bản' : '';
  switch (base) {
    case 'present':
      return `${body === 'cluster' ? 'số đại biểu dự họp' : 'số người dự họp'}${written}`;
    case 'allMembers':
      return ALL_MEMBERS_LABELS[body];
    case 'validBallots':
      return `số phiếu hợp lệ${written}`;
  }
}

export interface MinutesCandidateLine {
  stt: number;
  name: string;
  candidateId: string;
  /** Đơn vị of a candidate at a cluster meeting (the person's school), when given. */
  unitName?: string;
  titleId: TitleId;
  titleLabel: string;
  status: VoteStatus;
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
  /** The round's candidates by title, each title with what its % is taken of. */
  sessions: MinutesSession[];
  /** e.g. "Vòng 1: phát ra 41 phiếu, thu vào 41 phiếu, hợp lệ 40 phiếu, không hợp lệ 1 phiếu." */
  sentence: string;
}

export interface MinutesSession {
  titleId: TitleId;
  /** The number the % is taken of, and that number in words ("số người dự họp"). */
  base: number;
  baseLabel: string;
  candidates: MinutesCandidateLine[];
}

export interface MinutesTeller extends Teller {
  /** The head of the ban kiểm phiếu (role "Trưởng ban…"), who signs on the right. */
  isHead: boolean;
}

export interface MinutesSummary {
  profileLabel: string;
  profileSource: string;
  body: string;
  form: string;
  totalMembers: number;
  present: number;
  quorumSentence: string;
  tellers: MinutesTeller[];
  rounds: MinutesRound[];
  /** The notes of the meeting's minutes: the quorum, written votes per round, more than one round. */
  notes: string[];
  /** True when some result is still open: the minutes must not be signed yet. */
  incomplete: boolean;
  /** A cluster meeting's units, leading school(s) and lists passed up; absent for a school's meeting. */
  cluster?: ClusterMinutes;
}

/** What a cluster's minutes need beyond the meeting: the cụm's name and its schools from the roster. */
export interface MinutesOptions {
  /** The workbook's unit name: the cụm's ("Cụm thi đua số 3 – Cấp Tiểu học"). */
  unitName?: string;
  /** The roster's schools, used when the meeting lists no units. */
  unitNames?: readonly string[];
}

const HEAD = nameMatchKey('Trưởng ban');

/** The head of the ban kiểm phiếu: the role starts "Trưởng ban" (any case, diacritics as typed). */
export const isHeadTeller = (teller: Teller): boolean => nameMatchKey(teller.role).startsWith(HEAD);

/** The round's candidates by title; the title's first candidate states its base, the rule being the title's. */
function sessionsOf(round: RoundTally, lines: MinutesCandidateLine[], body: VotingBody): MinutesSession[] {
  const sessions: MinutesSession[] = [];
  round.candidates.forEach((c, i) => {
    let session = sessions.find((s) => s.titleId === c.titleId);
    if (!session) {
      const withWritten = c.rule.absentWrittenVotes && round.written > 0;
      session = {
        titleId: c.titleId,
        base: c.base,
        baseLabel: baseLabel(c.baseKind, body, withWritten),
        candidates: [],
      };
      sessions.push(session);
    }
    session.candidates.push(lines[i]);
  });
  return sessions;
}

function notesOf(tally: MeetingTally, body: VotingBody): string[] {
  const lines = [tally.quorum.sentence];
  for (const round of tally.rounds) {
    if (round.written > 0) {
      lines.push(
        `Vòng ${round.round} có ${round.written} phiếu bằng văn bản của thành viên vắng mặt (${round.writtenMembers.join(', ')}).`,
      );
    }
  }
  if (tally.rounds.length > 1) {
    const who = body === 'cluster' ? 'Cụm' : 'Hội đồng';
    lines.push(`${who} bỏ phiếu ${tally.rounds.length} vòng; kết quả ghi theo vòng sau cùng của mỗi người.`);
  }
  return lines;
}

/** The minutes' model from a tally already computed (the case evaluation's). */
export function minutesFromTally(
  profile: RuleProfile,
  meeting: Meeting,
  tally: MeetingTally,
  options: MinutesOptions = {},
): MinutesSummary {
  const rounds = tally.rounds.map((r): MinutesRound => {
    const written =
      r.written > 0
        ? `, ${r.written} phiếu bằng văn bản của thành viên vắng mặt (${r.writtenMembers.join(', ')})`
        : '';
    const candidates = r.candidates.map((c, index): MinutesCandidateLine => ({
      stt: index + 1,
      name: c.candidate.name,
      candidateId: c.candidate.id,
      ...(c.candidate.unitName !== undefined ? { unitName: c.candidate.unitName } : {}),
      titleId: c.titleId,
      titleLabel: TITLES[c.titleId].shortLabel,
      status: c.status,
      agree: c.agree,
      writtenAgree: c.writtenAgree,
      base: c.base,
      percentText: c.percentText,
      threshold: formatThresholdPercent(c.thresholdPercent),
      decision: STATUS_LABELS[c.status],
      reason: c.reason,
    }));
    return {
      round: r.round,
      issued: r.issued,
      returned: r.returned,
      valid: r.valid,
      invalid: r.invalid,
      written: r.written,
      writtenMembers: r.writtenMembers,
      sentence: `Vòng ${r.round}: phát ra ${r.issued} phiếu, thu vào ${r.returned} phiếu, hợp lệ ${r.valid} phiếu, không hợp lệ ${r.invalid} phiếu${written}.`,
      candidates,
      sessions: sessionsOf(r, candidates, meeting.body),
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
    tellers: (meeting.tellers ?? []).map((t) => ({ ...t, isHead: isHeadTeller(t) })),
    rounds,
    notes: notesOf(tally, meeting.body),
    incomplete: tally.rounds.some((r) => r.candidates.some((c) => c.status === 'open')),
    ...(meeting.body === 'cluster'
      ? {
          cluster: clusterMinutes(meeting, tally, {
            name: options.unitName ?? '',
            unitNames: options.unitNames,
          }),
        }
      : {}),
  };
}

/** The minutes' model from the log: the tally computed here. */
export function tallySummaryForMinutes(
  profile: RuleProfile,
  meeting: Meeting,
  state: BallotState,
  options: MinutesOptions = {},
): MinutesSummary {
  return minutesFromTally(profile, meeting, tallyMeeting(profile, meeting, state), options);
}
