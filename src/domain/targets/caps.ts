/**
 * Caps (DOMAIN.md §7), profile parameters decided on integers: count × 100 ≤ percent × base. Checked on the
 * plan (seed 000's 10 CSTĐCS for 61 LĐTT is over 15% before the year starts) and on the results at the
 * furthest stage reached; HTXSNV on the ratings.
 */
import type { DomainIssue } from '../issues';
import type { Person } from '../school/types';
import { ratingAtLeast } from '../titles';
import { personLabel } from './eligibility';
import { formatVietnameseNumber } from '../text';
import { shortlistWithinCap } from './prefer-women';
import type { CapRule, TargetProfile } from './profiles';
import { citeMeta } from './profiles';
import { tieRuleFor } from './prefer-women';
import { citeRule } from './rules';
import { stageAtLeast } from './status';
import type { PersonRecord, PersonTitleStatus, ShortlistCandidate, Target, TitleStage } from './types';

export function withinCap(count: number, base: number, percent: number): boolean {
  return count * 100 <= percent * base;
}

/** The largest count the cap allows: ⌊percent × base / 100⌋ on integers (15% of 61 → 9). */
export function capMaximum(base: number, percent: number): number {
  return Math.floor((percent * base) / 100);
}

function capText(cap: CapRule, base: number): string {
  return `${cap.percent}% của ${base} là ${formatVietnameseNumber((cap.percent * base) / 100, 2, { trimZeros: true })}, nên tối đa ${capMaximum(base, cap.percent)}`;
}

function sumTargets(targets: Target[], titleId: 'LDTT' | 'CSTDCS'): { count: number; first?: Target } {
  const matching = targets.filter((t) => t.kind === 'individual' && t.titleId === titleId);
  return { count: matching.reduce((s, t) => s + t.count, 0), first: matching[0] };
}

export function planCapFlags(targets: Target[], profile: TargetProfile): DomainIssue[] {
  const cap = profile.caps.cstdcsOfLdtt;
  if (!cap) return [];
  const ldtt = sumTargets(targets, 'LDTT');
  const cstdcs = sumTargets(targets, 'CSTDCS');
  if (!cstdcs.first || !ldtt.first || withinCap(cstdcs.count, ldtt.count, cap.percent)) return [];
  const max = capMaximum(ldtt.count, cap.percent);
  return [
    {
      code: 'targets.cap.cstdcs-plan',
      severity: 'error',
      message: `Chỉ tiêu ${cstdcs.count} Chiến sĩ thi đua cơ sở vượt giới hạn ${cap.percent}% số Lao động tiên tiến (${ldtt.count}): ${capText(cap, ldtt.count)}. Giảm chỉ tiêu CSTĐCS xuống ${max} hoặc ít hơn.`,
      source: citeMeta(cap),
      ...(cstdcs.first.location ? { location: cstdcs.first.location } : {}),
    },
  ];
}

const RESULT_STAGES: TitleStage[] = ['approved', 'voted', 'proposed'];

const STAGE_WORDS: Record<string, string> = {
  approved: 'được công nhận',
  voted: 'đạt bình xét',
  proposed: 'được đề nghị',
};

function shortlistText(
  year: { start: string; end: string },
  holders: PersonTitleStatus[],
  max: number,
  staffById: ReadonlyMap<string, Person>,
  records: ReadonlyMap<string, PersonRecord>,
): string {
  const candidates: ShortlistCandidate[] = [];
  for (const h of holders) {
    const person = staffById.get(h.subject.id);
    const score = records.get(h.subject.id)?.score;
    if (!person || score === undefined) return ' Chưa đủ điểm của mọi người để gợi ý thứ tự.';
    candidates.push({ id: person.id, name: personLabel(person), gender: person.gender, score });
  }
  const list = shortlistWithinCap(candidates, max);
  const cut = list.cut.map((c) => c.name).join(', ');
  const tie =
    list.unresolvedTie.length > 0
      ? ` Bằng điểm và cùng giới ở ranh giới: ${list.unresolvedTie.map((c) => c.name).join(', ')}; hội đồng quyết định.`
      : '';
  return ` Theo điểm (bằng điểm thì ưu tiên nữ, ${citeRule(tieRuleFor(year.start, year.end))}), ngoài giới hạn: ${cut}.${tie}`;
}

export function resultCapFlags(
  year: { start: string; end: string },
  people: PersonTitleStatus[],
  profile: TargetProfile,
  staffById: ReadonlyMap<string, Person>,
  records: ReadonlyMap<string, PersonRecord>,
): DomainIssue[] {
  const cap = profile.caps.cstdcsOfLdtt;
  if (!cap) return [];
  const cstdcs = people.filter((p) => p.titleId === 'CSTDCS');
  const stage = RESULT_STAGES.find((s) => cstdcs.some((p) => stageAtLeast(p.stage, s)));
  if (!stage) return [];
  const holders = cstdcs.filter((p) => stageAtLeast(p.stage, stage));
  const ldtt = people.filter((p) => p.titleId === 'LDTT' && stageAtLeast(p.stage, stage)).length;
  if (withinCap(holders.length, ldtt, cap.percent)) return [];
  const max = capMaximum(ldtt, cap.percent);
  return [
    {
      code: 'targets.cap.cstdcs-result',
      severity: 'error',
      message: `${holders.length} người ${STAGE_WORDS[stage]} Chiến sĩ thi đua cơ sở, vượt giới hạn ${cap.percent}% của ${ldtt} người ${STAGE_WORDS[stage]} Lao động tiên tiến: ${capText(cap, ldtt)}. Giảm danh sách CSTĐCS xuống ${max} người.${shortlistText(year, holders, max, staffById, records)}`,
      source: citeMeta(cap),
    },
  ];
}

export function htxsnvCapFlags(
  profile: TargetProfile,
  records: ReadonlyMap<string, PersonRecord>,
): DomainIssue[] {
  const cap = profile.caps.htxsnvOfRated;
  if (!cap) return [];
  const ratings = [...records.values()].map((r) => r.rating).filter((r) => r !== undefined);
  const excellent = ratings.filter((r) => r === 'HTXSNV').length;
  const base = ratings.filter((r) => ratingAtLeast(r, 'HTTNV')).length;
  if (withinCap(excellent, base, cap.percent)) return [];
  return [
    {
      code: 'targets.cap.htxsnv',
      severity: 'warning',
      message: `${excellent} người xếp loại Hoàn thành xuất sắc nhiệm vụ, vượt giới hạn ${cap.percent}% của ${base} người Hoàn thành tốt nhiệm vụ trở lên: ${capText(cap, base)}. Xem lại xếp loại trước khi xét CSTĐCS theo đường HTXSNV.`,
      source: citeMeta(cap),
    },
  ];
}
