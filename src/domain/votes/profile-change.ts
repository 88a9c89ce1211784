/**
 * Changing the profile or a title's base after ballots are in is allowed: the tally is a function of the
 * log, so every ballot is kept and recounted. The tellers are told what changed and how many ballots were
 * recounted, so nobody mistakes a new rule for lost votes.
 */
import type { DomainIssue } from '../issues';
import { TITLES, TITLE_IDS } from '../titles';
import { formatThresholdPercent } from './percent';
import type { RuleProfile, TitleRule, VoteBase } from './profiles';
import type { BallotState, Meeting } from './types';

const BASE_LABEL: Record<VoteBase, string> = {
  present: 'số người dự họp',
  allMembers: 'tổng số thành viên',
  validBallots: 'số phiếu hợp lệ',
};

function describe(rule: TitleRule): string {
  return `${formatThresholdPercent(rule.threshold.percent)} ${BASE_LABEL[rule.base]}${rule.absentWrittenVotes ? ', tính phiếu bằng văn bản' : ''}`;
}

export function profileChangeNotice(
  before: RuleProfile,
  after: RuleProfile,
  meeting: Meeting,
  state: BallotState,
): DomainIssue[] {
  const voted = new Set(meeting.candidates.map((c) => c.titleId));
  const changes: string[] = [];
  for (const titleId of TITLE_IDS) {
    if (!voted.has(titleId)) continue;
    const a = before.perTitle[titleId];
    const b = after.perTitle[titleId];
    if (describe(a) !== describe(b))
      changes.push(`${TITLES[titleId].shortLabel}: ${describe(a)} → ${describe(b)}`);
  }
  const qa = before.quorum ? `${before.quorum.numerator}/${before.quorum.denominator}` : 'không đặt';
  const qb = after.quorum ? `${after.quorum.numerator}/${after.quorum.denominator}` : 'không đặt';
  if (qa !== qb) changes.push(`túc số: ${qa} → ${qb}`);
  if (changes.length === 0) return [];
  const entered = state.entries.filter((e) => e.event.kind !== 'undo').length;
  const kept =
    entered > 0
      ? ` Toàn bộ ${entered} mục trong nhật ký phiếu được giữ nguyên và kết quả được tính lại theo quy chế mới.`
      : '';
  return [
    {
      code: 'vote.profile.changed',
      severity: entered > 0 ? 'warning' : 'info',
      message: `Đã đổi quy chế bỏ phiếu (${changes.join('; ')}).${kept}`,
      source: after.source,
    },
  ];
}
