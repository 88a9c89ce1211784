/**
 * "Danh sách": the staff list. Each row is found by its mã cán bộ: the scoring sheets look names, roles and
 * tổ up here by that key, so a name corrected here is corrected everywhere, and sorting or filtering the
 * list moves nothing. A person's tổ is its mã tổ (a value, the key the summaries count by); the tổ's name
 * beside it is looked up on "Quy chế" by that key.
 */
import { keyProblem } from '../../domain/scoring/keys';
import type { SchoolRoster } from '../../domain/school/types';
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

export const STAFF_FIRST_ROW = 3;

const HEADERS = [
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
  return [
    {
      range,
      kind: 'list',
      list: ids,
      errorMessage: 'Hãy chọn một mã tổ có trong bảng "Các tổ" trang Quy chế.',
      prompt: 'Mã tổ (xem bảng "Các tổ" trang Quy chế)',
    },
  ];
}

export function buildStaffSheet(
  sheetName: string,
  roster: SchoolRoster,
  teamTable?: TeamTable,
): { sheet: SheetSpec; rows: Record<string, number> } {
  const grid = new Grid();
  const roleLabels = new Map(roster.roles.map((role) => [role.id, role.label]));
  grid.value(0, 0, `DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN – ${roster.info.name.toLocaleUpperCase('vi')}`);
  grid.value(1, 0, `Năm học ${roster.info.schoolYear}`);
  HEADERS.forEach((header, col) => grid.value(2, col, header));
  const rows: Record<string, number> = {};
  roster.staff.forEach((person, i) => {
    const row = STAFF_FIRST_ROW + i;
    rows[person.id] = row;
    grid.value(row, STAFF_COLUMNS.index, i + 1);
    grid.value(row, STAFF_COLUMNS.code, person.id);
    grid.value(row, STAFF_COLUMNS.name, person.fullName);
    grid.value(row, STAFF_COLUMNS.gender, person.gender === 'nữ' ? 'Nữ' : 'Nam');
    grid.value(row, STAFF_COLUMNS.birthDate, dateValue(person.birthDate));
    grid.value(row, STAFF_COLUMNS.position, person.position);
    grid.value(row, STAFF_COLUMNS.role, roleLabels.get(person.roleId) ?? person.roleId);
    grid.value(row, STAFF_COLUMNS.teamCode, person.teamId);
    if (teamTable) {
      grid.formula(
        row,
        STAFF_COLUMNS.team,
        lookupByKey(keyCell(row, STAFF_COLUMNS.teamCode), teamTable, teamTable.idCol, teamTable.nameCol, {
          text: true,
          blankIfMissing: true,
        }),
      );
    }
    grid.value(row, STAFF_COLUMNS.hireDate, dateValue(person.hireDate));
  });
  const last = Math.max(STAFF_FIRST_ROW, STAFF_FIRST_ROW + roster.staff.length - 1);
  const lastCol = HEADERS.length - 1;
  return {
    rows,
    sheet: {
      name: sheetName,
      cells: grid.cells,
      columnWidths: [32, 64, 170, 52, 72, 110, 130, 56, 120, 80],
      validations: teamCodeValidation(
        roster,
        rangeAddress(STAFF_FIRST_ROW, STAFF_COLUMNS.teamCode, last, STAFF_COLUMNS.teamCode),
      ),
      styles: [
        ...headingStyles(rangeAddress(2, 0, 2, lastCol)),
        { range: rangeAddress(STAFF_FIRST_ROW, 0, last, lastCol), style: { borders: true } },
        {
          range: rangeAddress(STAFF_FIRST_ROW, STAFF_COLUMNS.birthDate, last, STAFF_COLUMNS.birthDate),
          style: { numberFormat: DATE_FORMAT },
        },
        {
          range: rangeAddress(STAFF_FIRST_ROW, STAFF_COLUMNS.hireDate, last, STAFF_COLUMNS.hireDate),
          style: { numberFormat: DATE_FORMAT },
        },
      ],
      freeze: { rows: STAFF_FIRST_ROW, columns: STAFF_COLUMNS.name + 1 },
      pageSetup: landscape(`$3:$3`),
      tabColor: '#2F5597',
    },
  };
}
