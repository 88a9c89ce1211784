/**
 * What a scoring workbook's sheets say, by who it scores (issue 13): a school's staff (the words every
 * workbook used before) or a Phòng's schools. The kind is recorded on "Quy chế" (UNIT_KIND_ENTRY) and read
 * back first, so every reader uses the words and columns its writer used. A workbook without the entry is
 * a staff workbook, as every file written before issue 13 is.
 */
import { LEVEL_LABELS } from '../../domain/scoring/describe';
import type { AssessmentLevel } from '../../domain/scoring/types';
import { UNIT_TERMS } from '../../domain/school/units';
import type { UnitKind } from '../../domain/school/units';

/** The "Quy chế" setting (scoring section) naming who is scored; written only for a workbook of schools. */
export const UNIT_KIND_ENTRY = { key: 'scoring.unitKind', label: 'Đối tượng chấm' } as const;

/** The value of the setting, per kind; read back without case or diacritics differences mattering. */
export const UNIT_KIND_TEXT: Record<UnitKind, string> = {
  staff: 'Cán bộ, giáo viên, nhân viên',
  school: 'Trường',
};

/** Column headers of the level inputs on a round's sheet. */
const STAFF_LEVEL_HEADERS: Record<AssessmentLevel, string> = {
  self: 'Tự ĐG',
  team: 'Tổ ĐG',
  council: 'HĐ ĐG',
};

export function levelHeadersOf(kind: UnitKind): Record<AssessmentLevel, string> {
  return kind === 'school' ? UNIT_TERMS.school.levelLabels : STAFF_LEVEL_HEADERS;
}

/** How "Quy chế" names the levels in its "Các mức đánh giá" setting. */
export function levelLabelsOf(kind: UnitKind): Record<AssessmentLevel, string> {
  return kind === 'school' ? UNIT_TERMS.school.levelLabels : LEVEL_LABELS;
}

/** Every word a level may be written as, of any kind: a reader accepts them all. */
export function levelWords(level: AssessmentLevel): string[] {
  return [
    LEVEL_LABELS[level],
    STAFF_LEVEL_HEADERS[level],
    UNIT_TERMS.school.levelLabels[level],
    UNIT_TERMS.staff.levelLabels[level],
    level,
  ];
}

/** The words of "Quy chế" that depend on the kind: the titles of the roles and groups tables and more. */
export interface QuyCheWords {
  infoTitle: string;
  nameLabel: string;
  headLabel: string;
  rolesTitle: string;
  roleHeaders: [string, string];
  teamsTitle: string;
  teamHeaders: [string, string];
  listSheetLabel: string;
  groupSheetLabel: string;
}

export const QUY_CHE_WORDS: Record<UnitKind, QuyCheWords> = {
  staff: {
    infoTitle: 'Thông tin trường',
    nameLabel: 'Tên trường',
    headLabel: 'Hiệu trưởng',
    rolesTitle: 'Vai trò (cột "Vai trò" trang Danh sách, cột "Áp dụng cho" trang Tiêu chí)',
    roleHeaders: ['Mã vai trò', 'Tên vai trò'],
    teamsTitle: 'Các tổ',
    teamHeaders: ['Mã tổ', 'Tên tổ'],
    listSheetLabel: 'Danh sách cán bộ, giáo viên, nhân viên',
    groupSheetLabel: 'Tổng hợp theo tổ',
  },
  school: {
    infoTitle: 'Thông tin đơn vị',
    nameLabel: 'Tên đơn vị (Phòng Giáo dục và Đào tạo)',
    headLabel: 'Trưởng phòng',
    rolesTitle: 'Cấp học (cột "Cấp học" trang Danh sách trường, cột "Áp dụng cho" trang Tiêu chí)',
    roleHeaders: ['Mã cấp học', 'Tên cấp học'],
    teamsTitle: 'Các cụm thi đua',
    teamHeaders: ['Mã cụm', 'Tên cụm'],
    listSheetLabel: 'Danh sách các trường',
    groupSheetLabel: 'Tổng hợp theo cụm',
  },
};

/** The words of running text in messages about a workbook's rows (read-inputs, read-results…). */
export interface MessageWords {
  /** "người" / "trường": "… của người này". */
  one: string;
  /** "mã cán bộ" / "mã trường". */
  key: string;
  /** "vai trò" / "cấp học". */
  role: string;
  /** "tổ" / "cụm". */
  group: string;
  /** "mã tổ" / "mã cụm". */
  groupKey: string;
  /** "số thành viên" / "số trường". */
  members: string;
}

export const MESSAGE_WORDS: Record<UnitKind, MessageWords> = {
  staff: {
    one: 'người',
    key: 'mã cán bộ',
    role: 'vai trò',
    group: 'tổ',
    groupKey: 'mã tổ',
    members: 'số thành viên',
  },
  school: {
    one: 'trường',
    key: 'mã trường',
    role: 'cấp học',
    group: 'cụm',
    groupKey: 'mã cụm',
    members: 'số trường',
  },
};
