/**
 * "Danh sách": the staff list. The scoring sheets link codes, names and tổ to it, so a name corrected here
 * is corrected everywhere.
 */
import type { SchoolRoster } from '../../domain/school/types';
import { rangeAddress } from '../a1';
import type { SheetSpec } from '../grid';
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
  team: 7,
  hireDate: 8,
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
  'Tổ',
  'Ngày tuyển dụng',
];

export function buildStaffSheet(
  sheetName: string,
  roster: SchoolRoster,
): { sheet: SheetSpec; rows: Record<string, number> } {
  const grid = new Grid();
  const roleLabels = new Map(roster.roles.map((role) => [role.id, role.label]));
  const teamNames = new Map(roster.teams.map((team) => [team.id, team.name]));
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
    grid.value(row, STAFF_COLUMNS.team, teamNames.get(person.teamId) ?? person.teamId);
    grid.value(row, STAFF_COLUMNS.hireDate, dateValue(person.hireDate));
  });
  const last = Math.max(STAFF_FIRST_ROW, STAFF_FIRST_ROW + roster.staff.length - 1);
  const lastCol = HEADERS.length - 1;
  return {
    rows,
    sheet: {
      name: sheetName,
      cells: grid.cells,
      columnWidths: [32, 64, 170, 52, 72, 110, 130, 120, 80],
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
