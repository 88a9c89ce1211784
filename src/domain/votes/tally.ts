/**
 * The live tally: per round and candidate, agree / disagree / blank, the base the rule divides by, the
 * percentage (display only) and the decision on whole numbers. A ballot still out can change an open
 * result, so "cần thêm N phiếu" counts what the remaining ballots could still do.
 */
import type { DomainIssue } from '../issues';
import { TITLES, type TitleId } from '../titles';
import { activeBallots, activeCount, activeWrittenVotes } from './log-state';
import { countBallot } from './counting';
import { agreeNeeded, quorumMinimum, quorumReached, reachesThreshold } from './exact';
import { attendanceValid, keyOf, roundCandidates } from './meeting';
import { formatThresholdPercent, formatVotePercent } from './percent';
import type { QuorumRule, RuleProfile, TitleRule, VoteBase } from './profiles';
import type { BallotState, Candidate, CandidateKey, Mark, Meeting, RoundSetup } from './types';

export type VoteStatus = 'passed' | 'failed' | 'open';

export interface QuorumStatus {
  rule: QuorumRule | null;
  met: boolean;
  present: number;
  total: number;
  /** Fewest present that make the quorum; null without a quorum rule. */
  minimum: number | null;
  /** Vietnamese sentence for the screen and the minutes. */
  sentence: string;
}

export interface CandidateTally {
  round: number;
  candidate: Candidate;
  key: CandidateKey;
  titleId: TitleId;
  rule: TitleRule;
  /** Agree votes counted: ballots plus written votes when the rule counts them. */
  agree: number;
  disagree: number;
  blank: number;
  /** Of `agree`, how many came from absent members in writing (noted in the minutes). */
  writtenAgree: number;
  base: number;
  baseKind: VoteBase;
  thresholdPercent: number;
  /** "70,49%": display only. */
  percentText: string;
  /** agree × 100 ≥ threshold × base right now (may still change while ballots are out). */
  reached: boolean;
  status: VoteStatus;
  /** More agree votes still needed while open; 0 once passed; null when failed. */
  needed: number | null;
  /** Vietnamese sentence: the decision and why. */
  reason: string;
}

export interface RoundTally {
  round: number;
  issued: number;
  /** Phiếu thu vào (ballots entered, or the manual count's figure), invalid ones included. */
  returned: number;
  valid: number;
  invalid: number;
  /** Ballots issued but not yet entered; 0 once the round is closed or counted by hand. */
  remaining: number;
  countedByHand: boolean;
  closed: boolean;
  /** Absent members' written votes received for this round, valid or not. */
  written: number;
  writtenValid: number;
  writtenMembers: string[];
  candidates: CandidateTally[];
}

export interface MeetingTally {
  quorum: QuorumStatus;
  rounds: RoundTally[];
  issues: DomainIssue[];
}

const BASE_PHRASE: Record<VoteBase, string> = {
  present: 'số người dự họp',
  allMembers: 'tổng số thành viên',
  validBallots: 'số phiếu hợp lệ',
};

export function quorumStatus(profile: RuleProfile, meeting: Meeting): QuorumStatus {
  const rule = profile.quorum;
  const { present, totalMembers: total } = meeting;
  if (!attendanceValid(meeting)) {
    return {
      rule,
      met: false,
      present,
      total,
      minimum: null,
      sentence: `Chưa xét được túc số: số người có mặt (${present}) và tổng số thành viên (${total}) không hợp lệ; hãy sửa thiết lập cuộc họp trước khi bỏ phiếu.`,
    };
  }
  if (!rule) {
    return {
      rule,
      met: true,
      present,
      total,
      minimum: null,
      sentence: `Quy chế không đặt túc số; có mặt ${present}/${total} người.`,
    };
  }
  const met = quorumReached(present, total, rule);
  const minimum = quorumMinimum(total, rule);
  const fraction = `${rule.numerator}/${rule.denominator}`;
  const sentence = met
    ? `Đủ túc số: có mặt ${present}/${total} người, từ ${fraction} tổng số trở lên (tối thiểu ${minimum} người).`
    : `Không đủ túc số: có mặt ${present}/${total} người, cần ít nhất ${minimum} người (${fraction} tổng số thành viên); cuộc họp không được xét danh hiệu.`;
  return { rule, met, present, total, minimum, sentence };
}

interface RoundCounts {
  returned: number;
  valid: number;
  invalid: number;
  countedByHand: boolean;
  agree: Map<CandidateKey, number>;
  disagree: Map<CandidateKey, number>;
}

const bump = (map: Map<CandidateKey, number>, key: CandidateKey): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

function countRound(state: BallotState, meeting: Meeting, round: number): RoundCounts {
  const counts: RoundCounts = {
    returned: 0,
    valid: 0,
    invalid: 0,
    countedByHand: false,
    agree: new Map(),
    disagree: new Map(),
  };
  const manual = activeCount(state, round);
  if (manual) {
    counts.countedByHand = true;
    counts.returned = manual.returned;
    counts.invalid = manual.invalid;
    counts.valid = manual.returned - manual.invalid;
    for (const [key, c] of Object.entries(manual.perCandidate)) {
      counts.agree.set(key, c.agree);
      counts.disagree.set(key, c.disagree);
    }
    return counts;
  }
  for (const ballot of activeBallots(state, round)) {
    counts.returned += 1;
    addPaper(counts, countBallot(ballot, meeting));
  }
  counts.invalid = counts.returned - counts.valid;
  return counts;
}

function addPaper(
  counts: Pick<RoundCounts, 'valid' | 'agree' | 'disagree'>,
  paper: ReturnType<typeof countBallot>,
) {
  if (!paper.valid) return;
  counts.valid += 1;
  for (const [key, mark] of Object.entries(paper.marks) as [CandidateKey, Mark][]) {
    if (mark === 'agree') bump(counts.agree, key);
    else if (mark === 'disagree') bump(counts.disagree, key);
  }
}

function decide(
  agree: number,
  base: number,
  rule: TitleRule,
  remaining: number,
  quorum: QuorumStatus,
): { status: VoteStatus; needed: number | null; reason: string } {
  const percent = rule.threshold.percent;
  const threshold = `${formatThresholdPercent(percent)} ${BASE_PHRASE[rule.base]}`;
  const figures = `${agree}/${base} phiếu đồng ý (${formatVotePercent(agree, base)})`;
  if (!quorum.met) {
    return { status: 'failed', needed: null, reason: `Không xét: ${quorum.sentence}` };
  }
  if (base <= 0 && remaining === 0) {
    return {
      status: 'failed',
      needed: null,
      reason: `Không đạt: không có phiếu hợp lệ nào để tính tỉ lệ ${threshold}.`,
    };
  }
  const fixedBase = rule.base !== 'validBallots';
  const passed = fixedBase
    ? reachesThreshold(agree, base, percent)
    : reachesThreshold(agree, base + remaining, percent);
  if (passed) {
    return { status: 'passed', needed: 0, reason: `Đạt: ${figures}, từ ${threshold} trở lên.` };
  }
  const needed = agreeNeeded(agree, base, percent, fixedBase);
  if (needed === null || needed > remaining) {
    const rest = remaining > 0 ? `; kể cả ${remaining} phiếu chưa kiểm đều đồng ý cũng không đủ` : '';
    return { status: 'failed', needed: null, reason: `Không đạt: ${figures}, chưa đạt ${threshold}${rest}.` };
  }
  const leading = reachesThreshold(agree, base, percent) ? ' (đang đạt nếu không còn phiếu nào)' : '';
  return {
    status: 'open',
    needed,
    reason: `Đang kiểm: ${figures}${leading}; cần thêm ${needed} phiếu đồng ý trong ${remaining} phiếu chưa kiểm để đạt ${threshold}.`,
  };
}

function tallyRound(
  profile: RuleProfile,
  meeting: Meeting,
  state: BallotState,
  setup: RoundSetup,
  quorum: QuorumStatus,
): RoundTally {
  const counts = countRound(state, meeting, setup.round);
  const closed = setup.closed === true;
  const remaining = closed || counts.countedByHand ? 0 : Math.max(0, setup.issued - counts.returned);
  const writtenVotes = activeWrittenVotes(state, setup.round);
  const written = {
    valid: 0,
    agree: new Map<CandidateKey, number>(),
    disagree: new Map<CandidateKey, number>(),
  };
  for (const vote of writtenVotes) addPaper(written, countBallot(vote, meeting));

  const candidates = roundCandidates(meeting, setup.round).map((candidate): CandidateTally => {
    const key = keyOf(candidate);
    const rule = profile.perTitle[candidate.titleId];
    const useWritten = rule.absentWrittenVotes;
    const writtenAgree = useWritten ? (written.agree.get(key) ?? 0) : 0;
    const agree = (counts.agree.get(key) ?? 0) + writtenAgree;
    const disagree = (counts.disagree.get(key) ?? 0) + (useWritten ? (written.disagree.get(key) ?? 0) : 0);
    const validCounted = counts.valid + (useWritten ? written.valid : 0);
    const base =
      rule.base === 'present'
        ? meeting.present + (useWritten ? writtenVotes.length : 0)
        : rule.base === 'allMembers'
          ? meeting.totalMembers
          : validCounted;
    const decision = decide(agree, base, rule, remaining, quorum);
    return {
      round: setup.round,
      candidate,
      key,
      titleId: candidate.titleId,
      rule,
      agree,
      disagree,
      blank: validCounted - agree - disagree,
      writtenAgree,
      base,
      baseKind: rule.base,
      thresholdPercent: rule.threshold.percent,
      percentText: formatVotePercent(agree, base),
      reached: reachesThreshold(agree, base, rule.threshold.percent),
      ...decision,
    };
  });

  return {
    round: setup.round,
    issued: setup.issued,
    returned: counts.returned,
    valid: counts.valid,
    invalid: counts.invalid,
    remaining,
    countedByHand: counts.countedByHand,
    closed,
    written: writtenVotes.length,
    writtenValid: written.valid,
    writtenMembers: writtenVotes.map((w) => w.memberName),
    candidates,
  };
}

/** Notes the pane and the minutes show beside the numbers: rule mismatches, unverified profile. */
function tallyIssues(profile: RuleProfile, meeting: Meeting, state: BallotState): DomainIssue[] {
  const issues: DomainIssue[] = [];
  if (profile.unverified) {
    issues.push({
      code: 'vote.profile.unverified',
      severity: 'warning',
      message: `Quy chế "${profile.label}" chưa được kiểm chứng với văn bản pháp luật; hãy đối chiếu ngưỡng và túc số trên sheet Quy chế trước khi công bố kết quả.`,
      source: profile.source,
    });
  }
  const titles = new Set(meeting.candidates.map((c) => c.titleId));
  for (const titleId of titles) {
    const rule = profile.perTitle[titleId];
    const label = TITLES[titleId].shortLabel;
    if (rule.secretBallot && meeting.form !== 'secret') {
      issues.push({
        code: 'vote.rule.secret-required',
        severity: 'warning',
        message: `Danh hiệu ${label} phải bỏ phiếu kín theo quy chế; cuộc họp đang ghi hình thức biểu quyết. Hãy đổi hình thức sang bỏ phiếu kín.`,
        source: rule.source,
      });
    }
    if (rule.base === 'allMembers' && rule.secretBallot && meeting.body !== 'council') {
      issues.push({
        code: 'vote.rule.council-required',
        severity: 'warning',
        message: `Danh hiệu ${label} tính trên tổng số thành viên Hội đồng Thi đua – Khen thưởng; cuộc họp đang ghi là toàn thể cán bộ. Hãy kiểm tra lại đối tượng bỏ phiếu.`,
        source: rule.source,
      });
    }
    const written = meeting.rounds.reduce((n, r) => n + activeWrittenVotes(state, r.round).length, 0);
    if (!rule.absentWrittenVotes && written > 0) {
      issues.push({
        code: 'vote.rule.written-not-counted',
        severity: 'info',
        message: `Quy chế không tính phiếu bằng văn bản cho ${label}; ${written} phiếu của thành viên vắng mặt không được cộng vào danh hiệu này.`,
        source: rule.source,
      });
    }
  }
  return issues;
}

/** Every round's tally under `profile`; changing the profile and calling again recounts every ballot. */
export function tallyMeeting(profile: RuleProfile, meeting: Meeting, state: BallotState): MeetingTally {
  const quorum = quorumStatus(profile, meeting);
  return {
    quorum,
    rounds: meeting.rounds.map((setup) => tallyRound(profile, meeting, state, setup, quorum)),
    issues: tallyIssues(profile, meeting, state),
  };
}
