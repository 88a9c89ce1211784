/**
 * The school as the rest of the domain sees it. Vietnamese identifiers: tổ is a staff group (team), đợt a
 * scoring round; both appear in code as Team and Round.
 */

import type { UnitKind } from './units';

export type Gender = 'nam' | 'nữ';

/** Built-in roles; a school may add its own ids on the "Quy chế" sheet. */
export type RoleId = string;

export interface Role {
  id: RoleId;
  /** Vietnamese label shown in lists, e.g. "Giáo viên chủ nhiệm". */
  label: string;
}

export interface Team {
  id: string;
  /** e.g. "Tổ 1", "Tổ Văn phòng". */
  name: string;
}

export interface Person {
  /** Staff code, unique in the school (tells apart two people with the same name). */
  id: string;
  /** Full name in Vietnamese order (family, middle, given), NFC. */
  fullName: string;
  /** Absent for a unit that is not a person (a school in a Phòng's roster, see units.ts). */
  gender?: Gender;
  /** ISO date yyyy-mm-dd, optional: used to tell apart namesakes. */
  birthDate?: string;
  roleId: RoleId;
  /** Chức vụ as printed on lists, e.g. "Giáo viên", "Tổ trưởng", "Hiệu trưởng". */
  position: string;
  teamId: string;
  /** Ngày tuyển dụng, ISO date. */
  hireDate?: string;
}

export interface SchoolInfo {
  /** Tên trường, e.g. "Trường Tiểu học Bình Hòa 2". */
  name: string;
  /** Năm học, e.g. "2020-2021". */
  schoolYear: string;
  /** Cơ quan cấp trên, e.g. "Phòng Giáo dục và Đào tạo thị xã Thuận An". */
  parentBody: string;
  /** Place for dated papers ("Thuận An, ngày … tháng … năm …"). */
  place: string;
  /** First and last day of the school year, ISO dates. */
  yearStart: string;
  yearEnd: string;
  principalName?: string;
  /** Mã trường as the Phòng lists it: the school's key in the Phòng's roster of schools (units.ts). */
  code?: string;
  /** Cấp học: an id of SCHOOL_LEVELS (units.ts) or one the Phòng added, so the Phòng ranks per cấp học. */
  level?: string;
  /** Mã cụm thi đua the school belongs to, as the Phòng names its clusters. */
  clusterId?: string;
  /** Tên cụm thi đua, printed beside the mã. */
  clusterName?: string;
}

export interface SchoolRoster {
  info: SchoolInfo;
  /** Who `staff` lists: a school's staff (the default when absent) or a Phòng's or cụm's schools. */
  unitKind?: UnitKind;
  roles: Role[];
  teams: Team[];
  staff: Person[];
}

export const BUILT_IN_ROLES: Role[] = [
  { id: 'giao-vien', label: 'Giáo viên' },
  { id: 'gvcn', label: 'Giáo viên chủ nhiệm' },
  { id: 'kiem-nhiem', label: 'Giáo viên kiêm nhiệm' },
  { id: 'nhan-vien', label: 'Nhân viên' },
  { id: 'can-bo-quan-ly', label: 'Cán bộ quản lý' },
];
