/**
 * Which eligibility profile a school year starts from: the law in force on the year's last day, when the
 * titles are decided (Luật 2022 from 01/01/2024). A year that began under the other law gets a warning naming
 * both, so the council confirms the choice on "Quy chế" instead of finding out later.
 */
import type { DomainIssue } from '../issues';
import { formatVietnameseDate } from '../text';
import type { TargetProfile, TargetProfileId } from './profiles';
import { TARGET_PROFILE_IDS, TARGET_PROFILES } from './profiles';

function inForceOn(p: TargetProfile, day: string): boolean {
  return (p.from === undefined || p.from <= day) && (p.to === undefined || p.to >= day);
}

export function defaultTargetProfileFor(
  yearStart: string,
  yearEnd: string,
): { profileId: TargetProfileId; issues: DomainIssue[] } {
  const profiles = TARGET_PROFILE_IDS.map((id) => TARGET_PROFILES[id]);
  const chosen = profiles.find((p) => inForceOn(p, yearEnd)) ?? TARGET_PROFILES['luat-2022'];
  const atStart = profiles.find((p) => inForceOn(p, yearStart));
  if (!atStart || atStart.id === chosen.id) return { profileId: chosen.id, issues: [] };
  const change = chosen.from ? ` (hiệu lực từ ${formatVietnameseDate(chosen.from)})` : '';
  return {
    profileId: chosen.id,
    issues: [
      {
        code: 'targets.profile.year-straddles',
        severity: 'warning',
        message: `Năm học ${formatVietnameseDate(yearStart)} – ${formatVietnameseDate(yearEnd)} bắt đầu theo ${atStart.label} và kết thúc theo ${chosen.label}${change}. Đang xét theo ${chosen.label}; hội đồng kiểm tra lại bộ quy định trên sheet Quy chế.`,
        source: `${atStart.source}; ${chosen.source}`,
      },
    ],
  };
}
