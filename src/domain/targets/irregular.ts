/**
 * Proposals that break a principle: put forward without registration (seed 003 principle 2), without
 * eligibility, approved without a passing vote, or two forms for one achievement (seed 003 principle 4).
 * A subject counts as put forward when it is on the proposal list or has a vote or approval recorded.
 */
import type { CellLocation, DomainIssue } from '../issues';
import type { TitleId } from '../titles';
import { TITLES } from '../titles';
import { checkCitation } from './eligibility';
import type { TargetProfile } from './profiles';
import { citeMeta } from './profiles';
import { citeRule } from './rules';
import { SOURCES } from './sources';
import type { SubjectDirectory } from './subjects';
import { subjectKey, subjectLabel, subjectTitleKey } from './subjects';
import type { Proposal, SubjectRef, SubjectTitleStatus, Target, TitleDecision } from './types';

export interface PutForward {
  subject: SubjectRef;
  titleId: TitleId;
  location?: CellLocation;
}

/** Subjects put forward per title, first location kept, in input order. */
export function putForwardList(proposals: Proposal[], decisions: Iterable<TitleDecision>): PutForward[] {
  const byKey = new Map<string, PutForward>();
  for (const p of proposals) {
    if (!p.titleId) continue;
    const key = subjectTitleKey(p.subject, p.titleId);
    if (!byKey.has(key)) byKey.set(key, { subject: p.subject, titleId: p.titleId, location: p.location });
  }
  for (const d of decisions) {
    const decided = (d.vote ?? 'none') !== 'none' || (d.approval ?? 'none') !== 'none';
    const key = subjectTitleKey(d.subject, d.titleId);
    if (decided && !byKey.has(key))
      byKey.set(key, { subject: d.subject, titleId: d.titleId, location: d.location });
  }
  return [...byKey.values()];
}

function at(location: CellLocation | undefined) {
  return location ? { location } : {};
}

export function proposalFlags(
  putForward: PutForward[],
  statuses: ReadonlyMap<string, SubjectTitleStatus>,
  registered: ReadonlySet<string>,
  profile: TargetProfile,
  dir: SubjectDirectory,
): DomainIssue[] {
  const flags: DomainIssue[] = [];
  for (const p of putForward) {
    const key = subjectTitleKey(p.subject, p.titleId);
    const who = subjectLabel(p.subject, dir);
    const title = TITLES[p.titleId].label;
    if (profile.requireRegistration && !registered.has(key)) {
      flags.push({
        code: 'targets.proposed-unregistered',
        severity: 'error',
        message: `${who} được đề nghị ${title} nhưng chưa đăng ký thi đua danh hiệu này nên không được xét. Bỏ khỏi danh sách đề nghị, hoặc ghi đăng ký nếu đã đăng ký đúng hạn.`,
        source: citeMeta(profile.registration),
        ...at(p.location),
      });
      continue;
    }
    const status = statuses.get(key);
    if (!status) continue;
    const { verdict, checks } = status.eligibility;
    if (verdict === 'not-eligible') {
      const failed = checks.filter((c) => c.outcome === 'fail');
      flags.push({
        code: 'targets.proposed-ineligible',
        severity: 'error',
        message: `${who} được đề nghị ${title} nhưng chưa đủ điều kiện: ${failed.map((c) => c.message).join(' ')} Bỏ khỏi danh sách đề nghị hoặc sửa hồ sơ nếu nhập sai.`,
        source: [...new Set(failed.map(checkCitation))].join('; '),
        ...at(p.location),
      });
    } else if (verdict === 'unknown') {
      const open = checks.filter((c) => c.outcome === 'unknown');
      flags.push({
        code: 'targets.proposed-unverified',
        severity: 'warning',
        message: `${who} được đề nghị ${title} nhưng chưa đủ dữ liệu để biết có đủ điều kiện không: ${open.map((c) => c.message).join(' ')}`,
        source: [...new Set(open.map(checkCitation))].join('; '),
        ...at(p.location),
      });
    }
  }
  return flags;
}

export function decisionFlags(decisions: Iterable<TitleDecision>, dir: SubjectDirectory): DomainIssue[] {
  const flags: DomainIssue[] = [];
  for (const d of decisions) {
    if (d.approval === 'approved' && d.vote !== 'passed') {
      flags.push({
        code: 'targets.approved-without-vote',
        severity: 'warning',
        message: `${subjectLabel(d.subject, dir)} có quyết định công nhận ${TITLES[d.titleId].label} nhưng chưa có kết quả bình xét đạt. Nhập kết quả bình xét; đến khi đó danh hiệu chưa được tính.`,
        source: SOURCES.decisions,
        ...at(d.location),
      });
    }
  }
  return flags;
}

function formName(p: Proposal, targets: ReadonlyMap<string, Target>): string {
  if (p.titleId) return TITLES[p.titleId].label;
  return targets.get(p.targetId ?? '')?.awardLabel ?? p.targetId ?? '';
}

export function doubleAwardFlags(
  proposals: Proposal[],
  targets: Target[],
  dir: SubjectDirectory,
): DomainIssue[] {
  const byTarget = new Map(targets.map((t) => [t.id, t]));
  const groups = new Map<string, Proposal[]>();
  for (const p of proposals) {
    if (!p.achievementId) continue;
    const key = `${subjectKey(p.subject)}|${p.achievementId}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const flags: DomainIssue[] = [];
  for (const group of groups.values()) {
    const forms = [...new Set(group.map((p) => formName(p, byTarget)))];
    if (forms.length < 2) continue;
    const first = group[0];
    flags.push({
      code: 'targets.double-award',
      severity: 'error',
      message: `${subjectLabel(first.subject, dir)} được đề nghị ${forms.length} hình thức (${forms.join(', ')}) cho cùng một thành tích "${first.achievementId}". Chỉ giữ một hình thức cho thành tích này.`,
      source: citeRule('oneAwardPerAchievement'),
      ...at(group[1].location ?? first.location),
    });
  }
  return flags;
}
