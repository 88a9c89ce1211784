/**
 * "Danh sách": the staff list. Each row is found by its mã cán bộ: the scoring sheets look names, roles and
 * tổ up here by that key, so a name corrected here is corrected everywhere, and sorting or filtering the
 * list moves nothing. A person's tổ is its mã tổ (a value, the key the summaries count by); the tổ's name
 * beside it is looked up on "Quy chế" by that key.
 */
import { keyProblem } from '../../domain/scoring/keys';
import type { SchoolRoster } from '../../domain/school/types';
import { UNIT_TERMS, unitKindOf, unitTermsOf } from '../../domain/school/units';
import type { UnitKind } from '../../domain/school/units';
import { rangeAddress } from '../a1';
import type { DataValidationSpec, SheetSpec } from '../grid';
import { keyCell, lookupByKey } from './key-lookup';
import type { ColumnRange } from './key-lookup';
import { DATE_FORMAT, dateValue } from './quy-che-scoring';
import { Grid, landscape, headingStyles } from './sheet-kit';

export const STAFF_COLUMNS = {
  index: 0,
  code: 1,
  name: 2,
  gender: 3,
  birthDate: 4,
  position: 5,
  role: 6,
  teamCode: 7,
  team: 8,
  hireDate: 9,
} as const;

/**
 * "Danh sách trường" of a Phòng: a school has no gender, birth date or hiring date; its cấp học is the role,
 * its cụm the tổ, its hiệu trưởng the position.
 */
export const SCHOOL_LIST_COLUMNS = {
  index: 0,
  code: 1,
  name: 2,
  role: 3,
  teamCode: 4,
  team: 5,
  position: 6,
} as const;

/** The columns of a list sheet: the person-only ones are absent from a list of schools. */
export interface ListColumns {
  index: number;
  code: number;
  name: number;
  role: number;
  teamCode: number;
  team: number;
  position: number;
  gender?: number;
  birthDate?: number;
  hireDate?: number;
}

/** The one column map of each kind's list: its writer and every reader use this. */
export function listColumnsOf(kind: UnitKind): ListColumns {
  return kind === 'school' ? SCHOOL_LIST_COLUMNS : STAFF_COLUMNS;
}

export const STAFF_FIRST_ROW = 3;

const STAFF_HEADERS = [
  'STT',
  'Mã',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Chức vụ',
  'Vai trò',
  'Mã tổ',
  'Tổ',
  'Ngày tuyển dụng',
];

/** The headers of a kind's list, in column order. */
function listHeaders(kind: UnitKind): string[] {
  if (kind === 'staff') return STAFF_HEADERS;
  const terms = UNIT_TERMS.school;
  const headers: string[] = [];
  headers[SCHOOL_LIST_COLUMNS.index] = 'STT';
  headers[SCHOOL_LIST_COLUMNS.code] = terms.codeHeading;
  headers[SCHOOL_LIST_COLUMNS.name] = terms.nameHeading;
  headers[SCHOOL_LIST_COLUMNS.role] = terms.roleHeading;
  headers[SCHOOL_LIST_COLUMNS.teamCode] = terms.groupCodeHeading;
  headers[SCHOOL_LIST_COLUMNS.team] = terms.groupHeading;
  headers[SCHOOL_LIST_COLUMNS.position] = terms.positionHeading;
  return headers;
}

/** The tổ table of "Quy chế": its data rows and the columns of the mã tổ and the name. */
export interface TeamTable extends ColumnRange {
  idCol: number;
  nameCol: number;
}

/** The data rows of "Danh sách" as built (the last row is the first when the list is empty). */
export function staffRange(sheet: string, count: number): ColumnRange {
  return { sheet, firstRow: STAFF_FIRST_ROW, lastRow: STAFF_FIRST_ROW + Math.max(0, count - 1) };
}

/** A drop-down of the mã tổ, when every one is a safe key and the list fits Excel's 255 characters. */
function teamCodeValidation(roster: SchoolRoster, range: string): DataValidationSpec[] {
  const ids = roster.teams.map((team) => team.id);
  if (ids.length === 0 || ids.some((id) => keyProblem(id, 'team'))) return [];
  if (ids.join(',').length > 250) return [];
  const schools = unitKindOf(roster) === 'school';
  const [what, table] = schools ? ['mã cụm', 'Các cụm thi đua'] : ['mã tổ', 'Các tổ'];
  return [
    {
      range,
      kind: 'list',
      list: ids,
      errorMessage: `Hãy chọn một ${what} có trong bảng "${table}" trang Quy chế.`,
      prompt: `${what.charAt(0).toLocaleUpperCase('vi')}${what.slice(1)} (xem bảng "${table}" trang Quy chế)`,
    },
  ];
}

export function buildStaffSheet(
  sheetName: string,
  roster: SchoolRoster,
  teamTable?: TeamTable,
): { sheet: SheetSpec; rows: Record<string, number> } {
  const grid = new Grid();
  const kind = unitKindOf(roster);
  const columns = listColumnsOf(kind);
  const headers = listHeaders(kind);
  const roleLabels = new Map(roster.roles.map((role) => [role.id, role.label]));
  grid.value(0, 0, `${unitTermsOf(roster).listTitle} – ${roster.info.name.toLocaleUpperCase('vi')}`);
  grid.value(1, 0, `Năm học ${roster.info.schoolYear}`);
  headers.forEach((header, col) => grid.value(2, col, header));
  const rows: Record<string, number> = {};
  roster.staff.forEach((person, i) => {
    const row = STAFF_FIRST_ROW + i;
    rows[person.id] = row;
    grid.value(row, columns.index, i + 1);
    grid.value(row, columns.code, person.id);
    grid.value(row, columns.name, person.fullName);
    if (columns.gender !== undefined) grid.value(row, columns.gender, person.gender === 'nữ' ? 'Nữ' : 'Nam');
    if (columns.birthDate !== undefined) grid.value(row, columns.birthDate, dateValue(person.birthDate));
    grid.value(row, columns.position, person.position);
    grid.value(row, columns.role, roleLabels.get(person.roleId) ?? person.roleId);
    grid.value(row, columns.teamCode, person.teamId);
    if (teamTable) {
      grid.formula(
        row,
        columns.team,
        lookupByKey(keyCell(row, columns.teamCode), teamTable, teamTable.idCol, teamTable.nameCol, {
          text: true,
          blankIfMissing: true,
        }),
      );
    }
    if (columns.hireDate !== undefined) grid.value(row, columns.hireDate, dateValue(person.hireDate));
  });
  const last = Math.max(STAFF_FIRST_ROW, STAFF_FIRST_ROW + roster.staff.length - 1);
  const lastCol = headers.length - 1;
  const dateColumns = [columns.birthDate, columns.hireDate].filter((col) => col !== undefined);
  return {
    rows,
    sheet: {
      name: sheetName,
      cells: grid.cells,
      columnWidths:
        kind === 'school' ? [32, 72, 240, 110, 56, 120, 170] : [32, 64, 170, 52, 72, 110, 130, 56, 120, 80],
      validations: teamCodeValidation(
        roster,
        rangeAddress(STAFF_FIRST_ROW, columns.teamCode, last, columns.teamCode),
      ),
      styles: [
        ...headingStyles(rangeAddress(2, 0, 2, lastCol)),
        { range: rangeAddress(STAFF_FIRST_ROW, 0, last, lastCol), style: { borders: true } },
        ...dateColumns.map((col) => ({
          range: rangeAddress(STAFF_FIRST_ROW, col, last, col),
          style: { numberFormat: DATE_FORMAT },
        })),
      ],
      freeze: { rows: STAFF_FIRST_ROW, columns: columns.name + 1 },
      pageSetup: landscape(`$3:$3`),
      tabColor: '#2F5597',
    },
  };
}
