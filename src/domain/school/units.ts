/**
 * Who a roster lists (issue 13). A school scores and votes on its staff; a Phòng GD&ĐT scores its schools
 * (chấm điểm thi đua các trường) and a cụm thi đua votes on its schools. The scoring and vote engines need
 * only a key, a name, a group and a role, so both kinds share them; what changes is the words, and that a
 * school has no gender, birth date or hiring date.
 *
 * For a roster of schools the fields of a unit (Person) mean:
 *   id        mã trường (a key, validated as a mã cán bộ is)
 *   fullName  tên trường, e.g. "Trường Tiểu học Bình Hòa 2"
 *   roleId    cấp học (one of SCHOOL_LEVELS, or the Phòng's own): criteria may apply per cấp học, and
 *             schools are ranked within their cấp học
 *   teamId    mã cụm thi đua: schools are ranked within their cụm, and the cụm has a mean as a tổ has
 *   position  hiệu trưởng's name, printed on the Phòng's papers (may be blank)
 *   gender, birthDate, hireDate: absent.
 */
import type { AssessmentLevel } from '../scoring/types';
import type { Role, SchoolRoster } from './types';

/** staff: the people of one school. school: the schools of a Phòng or of a cụm thi đua. */
export type UnitKind = 'staff' | 'school';

/** The words a roster's kind is spoken of in, on sheets, papers and messages (Vietnamese, as printed). */
export interface UnitTerms {
  /** "cán bộ" / "trường": one unit, in running text. */
  unit: string;
  /** Column heading of the key: "Mã" / "Mã trường". */
  codeHeading: string;
  /** Column heading of the name: "Họ và tên" / "Tên trường". */
  nameHeading: string;
  /** What a group is called in running text: "tổ" / "cụm". */
  group: string;
  /** Column heading of the group's key and name: "Mã tổ" / "Mã cụm", "Tổ" / "Cụm". */
  groupCodeHeading: string;
  groupHeading: string;
  /** Column heading of the role: "Vai trò" / "Cấp học". */
  roleHeading: string;
  /** Column heading of `position`: "Chức vụ" / "Hiệu trưởng". */
  positionHeading: string;
  /** Title of the list sheet: "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN" / "DANH SÁCH CÁC TRƯỜNG". */
  listTitle: string;
  /** Base names of the list sheet and the group summary sheet. */
  listSheet: string;
  groupSummarySheet: string;
  /** Who scores at each level. */
  levelLabels: Record<AssessmentLevel, string>;
}

export const UNIT_TERMS: Record<UnitKind, UnitTerms> = {
  staff: {
    unit: 'cán bộ',
    codeHeading: 'Mã',
    nameHeading: 'Họ và tên',
    group: 'tổ',
    groupCodeHeading: 'Mã tổ',
    groupHeading: 'Tổ',
    roleHeading: 'Vai trò',
    positionHeading: 'Chức vụ',
    listTitle: 'DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN',
    listSheet: 'Danh sách',
    groupSummarySheet: 'Tổng hợp tổ',
    levelLabels: { self: 'Tự đánh giá', team: 'Tổ đánh giá', council: 'Hội đồng đánh giá' },
  },
  school: {
    unit: 'trường',
    codeHeading: 'Mã trường',
    nameHeading: 'Tên trường',
    group: 'cụm',
    groupCodeHeading: 'Mã cụm',
    groupHeading: 'Cụm',
    roleHeading: 'Cấp học',
    positionHeading: 'Hiệu trưởng',
    listTitle: 'DANH SÁCH CÁC TRƯỜNG',
    listSheet: 'Danh sách trường',
    groupSummarySheet: 'Tổng hợp cụm',
    levelLabels: { self: 'Trường tự chấm', team: 'Cụm chấm', council: 'Phòng chấm' },
  },
};

/** The cấp học a Phòng's schools belong to; a Phòng may add its own on "Quy chế" as a school adds roles. */
export const SCHOOL_LEVELS: Role[] = [
  { id: 'mam-non', label: 'Mầm non' },
  { id: 'tieu-hoc', label: 'Tiểu học' },
  { id: 'thcs', label: 'Trung học cơ sở' },
  { id: 'lien-cap', label: 'Liên cấp' },
];

/** A roster without a kind is a school's staff: every file written before issue 13 is one. */
export function unitKindOf(roster: Pick<SchoolRoster, 'unitKind'>): UnitKind {
  return roster.unitKind ?? 'staff';
}

export function unitTermsOf(roster: Pick<SchoolRoster, 'unitKind'>): UnitTerms {
  return UNIT_TERMS[unitKindOf(roster)];
}
