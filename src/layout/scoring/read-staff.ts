/**
 * Reads "Danh sách" (staff-sheet.ts) back into people: code, name, gender, dates, position, and the role
 * and tổ from the names shown, through the codes listed on "Quy chế". The list is not protected, so a
 * user's edits are read as they are; what cannot be read is reported with its cell.
 */
import type { DomainIssue } from '../../domain/issues';
import { describePerson } from '../../domain/scoring/describe';
import type { Gender, Person, Role, Team } from '../../domain/school/types';
import type { CellValue } from '../grid';
import { CellReader, isBlankCell, textKey } from './cell-reader';
import { CodeLookup } from './code-lookup';
import { TABLE_TITLES } from './quy-che-scoring';
import { STAFF_COLUMNS, STAFF_FIRST_ROW } from './staff-sheet';

const GENDERS: Record<string, Gender> = { nam: 'nam', nữ: 'nữ', nu: 'nữ' };

export function readStaffSheet(
  values: CellValue[][],
  sheet: string,
  roles: readonly Role[],
  teams: readonly Team[],
): { staff: Person[]; issues: DomainIssue[] } {
  const cells = new CellReader(sheet, values);
  const roleCodes = new CodeLookup(roles.map((role) => ({ id: role.id, name: role.label })));
  const teamCodes = new CodeLookup(teams);
  const staff: Person[] = [];
  const columns = Object.values(STAFF_COLUMNS).filter((col) => col !== STAFF_COLUMNS.index);
  for (let row = STAFF_FIRST_ROW; row < cells.rowCount; row++) {
    if (columns.every((col) => isBlankCell(cells.cell(row, col)))) continue;
    const id = cells.text(row, STAFF_COLUMNS.code);
    const fullName = cells.text(row, STAFF_COLUMNS.name);
    if (id === '') {
      cells.report(
        'staff.no-code',
        'error',
        row,
        STAFF_COLUMNS.code,
        `${fullName === '' ? 'dòng này' : `"${fullName}"`} chưa có mã cán bộ nên không được đọc và không được chấm điểm. Hãy nhập mã (mỗi người một mã riêng).`,
      );
      continue;
    }
    const who = describePerson({ id, fullName });
    const genderText = cells.text(row, STAFF_COLUMNS.gender);
    let gender = GENDERS[textKey(genderText)];
    if (gender === undefined) {
      gender = 'nam';
      cells.report(
        'staff.gender-unreadable',
        'error',
        row,
        STAFF_COLUMNS.gender,
        `giới tính "${genderText}" của ${who} không đọc được nên tạm ghi là Nam. Hãy ghi "Nam" hoặc "Nữ".`,
      );
    }
    const code = (lookup: CodeLookup, col: number, what: string, list: string): string => {
      const text = cells.text(row, col);
      if (text === '') return '';
      const found = lookup.find(text);
      if (found !== undefined) return found;
      cells.report(
        'staff.unknown-code',
        'warning',
        row,
        col,
        `${what} "${text}" của ${who} không có trong bảng "${list}" trang "Quy chế" nên được giữ nguyên làm mã. Hãy chọn ${what} có trong bảng đó.`,
      );
      return text;
    };
    const roleId = code(roleCodes, STAFF_COLUMNS.role, 'vai trò', TABLE_TITLES.roles);
    const teamId = code(teamCodes, STAFF_COLUMNS.team, 'tổ', TABLE_TITLES.teams);
    const birthDate = cells.date(row, STAFF_COLUMNS.birthDate, `Ngày sinh của ${who}`);
    const hireDate = cells.date(row, STAFF_COLUMNS.hireDate, `Ngày tuyển dụng của ${who}`);
    staff.push({
      id,
      fullName,
      gender,
      ...(birthDate === undefined ? {} : { birthDate }),
      roleId,
      position: cells.text(row, STAFF_COLUMNS.position),
      teamId,
      ...(hireDate === undefined ? {} : { hireDate }),
    });
  }
  return { staff, issues: cells.issues };
}
