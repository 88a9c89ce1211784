/**
 * Reads "Danh sách" (staff-sheet.ts) back into people: code, name, gender, dates, position, the role from
 * the name shown (through the codes listed on "Quy chế") and the tổ from its mã tổ. The list is not
 * protected, so a user's edits are read as they are, in any row order; what cannot be read is reported
 * with its cell. The mã cán bộ and the mã tổ are the keys every other sheet finds rows by: a missing,
 * repeated or unsafe key is an error naming its cell.
 */
import type { DomainIssue } from '../../domain/issues';
import { describePerson } from '../../domain/scoring/describe';
import { keyMatch, keyProblem } from '../../domain/scoring/keys';
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
  const teamByKey = new Map(teams.map((team) => [keyMatch(team.id), team.id]));
  const teamNames = new CodeLookup(teams.map((team) => ({ id: team.id, name: team.name })));
  const seen = new Map<string, number>();
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
    const earlier = seen.get(keyMatch(id));
    if (earlier !== undefined) {
      cells.report(
        'staff.duplicate-code',
        'error',
        row,
        STAFF_COLUMNS.code,
        `mã "${id}" của "${fullName}" đã dùng ở dòng ${earlier + 1} (mã không phân biệt chữ hoa, chữ thường); các trang khác chỉ tìm thấy dòng ${earlier + 1}, nên dòng này không được đọc. Hãy đặt cho mỗi người một mã riêng.`,
      );
      continue;
    }
    seen.set(keyMatch(id), row);
    const unsafe = keyProblem(id, 'person');
    if (unsafe) cells.report('staff.unsafe-code', 'error', row, STAFF_COLUMNS.code, unsafe);
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
    // The mã tổ as "Quy chế" spells it; anything else is kept as typed (the sheets count it as typed too).
    const teamCode = (r: number): string => {
      const text = cells.text(r, STAFF_COLUMNS.teamCode);
      if (text === '') return '';
      const found = teamByKey.get(keyMatch(text));
      if (found !== undefined) return found;
      const named = teamNames.find(text);
      const hint =
        named !== undefined && keyMatch(named) !== keyMatch(text)
          ? ` "${text}" là tên tổ: hãy ghi mã của tổ này, "${named}".`
          : ` Hãy ghi một mã có trong bảng "${TABLE_TITLES.teams}" trang "Quy chế".`;
      cells.report(
        'staff.unknown-team-code',
        'error',
        r,
        STAFF_COLUMNS.teamCode,
        `mã tổ "${text}" của ${who} không có trong bảng "${TABLE_TITLES.teams}" trang "Quy chế", nên người này không được tính vào tổ nào trên "Tổng hợp tổ".${hint}`,
      );
      return text;
    };
    const roleId = code(roleCodes, STAFF_COLUMNS.role, 'vai trò', TABLE_TITLES.roles);
    const teamId = teamCode(row);
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
