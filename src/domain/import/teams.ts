/** Tổ named as users write them: "Tổ 1", "TỔ 1", "tổ 1", "1", "Tổ Văn phòng", "Văn phòng". */
import type { Team } from '../school/types';
import { nameMatchKey } from '../text/normalize';
import { foldKey } from './fold';
import { newTeamKey } from './new-keys';

/** Without a leading "tổ" or "khối": "Tổ 1" and "Khối 1" both give "1". */
function bareKey(text: string): string {
  return foldKey(text).replace(/^(to|khoi)\s+/, '');
}

/**
 * The tổ a text names: same name (case and Unicode form ignored), else the same without "Tổ"/"Khối" and
 * diacritics when exactly one tổ fits. Null when none or several fit.
 */
export function findTeam(teams: readonly Team[], text: string): Team | null {
  const key = nameMatchKey(text);
  if (key === '') return null;
  const exact = teams.find((team) => nameMatchKey(team.name) === key || team.id === text.trim());
  if (exact) return exact;
  const bare = bareKey(text);
  // "*" and "?" both fold to nothing: that is not the same name.
  if (bare === '') return null;
  const loose = teams.filter((team) => bareKey(team.name) === bare);
  return loose.length === 1 ? loose[0] : null;
}

/**
 * A safe, unique mã for a new tổ (see newTeamKey): "Tổ Tiếng Anh – Tin học" → "to-tieng-anh-tin-hoc",
 * "Tổ *" → "to", "12" → "to-12"; `taken` is compared without case, as MATCH and COUNTIFS compare.
 */
export function teamIdFor(name: string, taken: ReadonlySet<string>): string {
  return newTeamKey(name, taken);
}
