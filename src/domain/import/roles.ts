/**
 * A role read from what staff lists write: a role id, a role label, or a chức vụ from which the role
 * follows (Hiệu trưởng -> cán bộ quản lý, Kế toán -> nhân viên, GVCN -> giáo viên chủ nhiệm). A chức vụ
 * that does not settle the role (Tổ trưởng, Tổ phó) gives null: the caller decides and says so.
 */
import type { Role, RoleId } from '../school/types';
import { foldKey } from './fold';

/** Folded chức vụ words, checked in order: the first rule whose word appears in the text wins. */
const POSITION_RULES: [RoleId, RegExp][] = [
  ['can-bo-quan-ly', /\b(hieu truong|pho hieu truong|ht|pht|cbql|can bo quan ly|ban giam hieu|bgh)\b/],
  ['kiem-nhiem', /\b(kiem nhiem|tong phu trach|tpt)\b/],
  ['gvcn', /\b(gvcn|chu nhiem)\b/],
  ['giao-vien', /\b(giao vien|gv|gvbm|bo mon)\b/],
  [
    'nhan-vien',
    /\b(nhan vien|nv|ke toan|van thu|thu quy|y te|thu vien|thiet bi|bao ve|phuc vu|tap vu|cap duong|lao cong|cong nghe thong tin)\b/,
  ],
];

/** Positions that say where someone stands in a tổ but not what they do. */
const TEAM_ONLY_POSITIONS = /^(to truong|to pho)$/;

export function resolveRole(text: string, roles: readonly Role[]): RoleId | null {
  const folded = foldKey(text);
  if (folded === '') return null;
  const byIdOrLabel = roles.find((role) => foldKey(role.id) === folded || foldKey(role.label) === folded);
  if (byIdOrLabel) return byIdOrLabel.id;
  if (TEAM_ONLY_POSITIONS.test(folded)) return null;
  const known = new Set(roles.map((role) => role.id));
  for (const [roleId, pattern] of POSITION_RULES) {
    if (known.has(roleId) && pattern.test(folded)) return roleId;
  }
  return null;
}

/** Tổ trưởng / Tổ phó: true when only the tổ can tell the role. */
export function isTeamOnlyPosition(text: string): boolean {
  return TEAM_ONLY_POSITIONS.test(foldKey(text));
}
