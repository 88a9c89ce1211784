/**
 * A rule applied to a school year it was not in force for (NĐ 152/2025's discipline rule on a 2024-2025
 * case, the 2003 law's on 2025-2026) is said once per rule, with its dates, so the council can confirm or
 * change it on "Quy chế" instead of trusting a citation that did not apply.
 */
import type { DomainIssue } from '../issues';
import { formatVietnameseDate } from '../text';
import type { RuleMeta, TargetProfile } from './profiles';
import { citeMeta } from './profiles';
import { RULES, effectiveText, inForceDuring, type RuleId } from './rules';

function metasOf(profile: TargetProfile): RuleMeta[] {
  return [
    ...(profile.requireRegistration ? [profile.registration] : []),
    ...Object.values(profile.individual).flat(),
    ...Object.values(profile.collective).flat(),
    ...[profile.caps.cstdcsOfLdtt, profile.caps.htxsnvOfRated].filter((c) => c !== null),
  ];
}

export function ruleDateFlags(profile: TargetProfile, yearStart: string, yearEnd: string): DomainIssue[] {
  const seen = new Set<RuleId>();
  const flags: DomainIssue[] = [];
  for (const meta of metasOf(profile)) {
    const id = meta.ruleId;
    // A school's edit is the school's rule for this year, whatever the dates of the text it started from.
    if (!id || seen.has(id) || meta.schoolRule) continue;
    seen.add(id);
    const rule = RULES[id];
    if (inForceDuring(rule, yearStart, yearEnd)) continue;
    flags.push({
      code: 'targets.rule.not-in-force',
      severity: 'warning',
      message: `Quy định "${rule.source}" có hiệu lực ${effectiveText(rule)}, không trùng năm học ${formatVietnameseDate(yearStart)} – ${formatVietnameseDate(yearEnd)}. Kiểm tra bộ quy định trên sheet Quy chế, hoặc giữ nếu đó là quy chế của trường.`,
      source: citeMeta(meta),
    });
  }
  return flags;
}
