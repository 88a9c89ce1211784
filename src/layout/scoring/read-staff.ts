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
import { UNIT_TERMS } from '../../domain/school/units';
import type { UnitKind } from '../../domain/school/units';
import type { CellValue } from '../grid';
import { CellReader, isBlankCell, textKey } from './cell-reader';
import { CodeLookup } from './code-lookup';
import { listColumnsOf, STAFF_FIRST_ROW } from './staff-sheet';
import { QUY_CHE_WORDS } from './unit-words';

const GENDERS: Record<string, Gender> = { nam: 'nam', nữ: 'nữ', nu: 'nữ' };

export function readStaffSheet(
  values: CellValue[][],
  sheet: string,
  roles: readonly Role[],
  teams: readonly Team[],
  kind: UnitKind = 'staff',
): { staff: Person[]; issues: DomainIssue[] } {
  // A list of schools: no gender or dates, and its own words (trường, cụm, cấp học).
  const LIST = listColumnsOf(kind);
  const schools = kind === 'school';
  const words = QUY_CHE_WORDS[kind];
  const terms = UNIT_TERMS[kind];
  const keyName = schools ? 'mã trường' : 'mã cán bộ';
  const one = schools ? 'trường' : 'người';
  const cells = new CellReader(sheet, values);
  const roleCodes = new CodeLookup(roles.map((role) => ({ id: role.id, name: role.label })));
  const teamByKey = new Map(teams.map((team) => [keyMatch(team.id), team.id]));
  const teamNames = new CodeLookup(teams.map((team) => ({ id: team.id, name: team.name })));
  const seen = new Map<string, number>();
  const staff: Person[] = [];
  const columns = Object.values(LIST).filter((col) => col !== LIST.index);
  for (let row = STAFF_FIRST_ROW; row < cells.rowCount; row++) {
    if (columns.every((col) => isBlankCell(cells.cell(row, col)))) continue;
    const id = cells.text(row, LIST.code);
    const fullName = cells.text(row, LIST.name);
    if (id === '') {
      cells.report(
        'staff.no-code',
        'error',
        row,
        LIST.code,
        `${fullName === '' ? 'dòng này' : `"${fullName}"`} chưa có ${keyName} nên không được đọc và không được chấm điểm. Hãy nhập mã (mỗi ${one} một mã riêng).`,
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
        LIST.code,
        `mã "${id}" của "${fullName}" đã dùng ở dòng ${earlier + 1} (mã không phân biệt chữ hoa, chữ thường); các trang khác chỉ tìm thấy dòng ${earlier + 1}, nên dòng này không được đọc. Hãy đặt cho mỗi ${one} một mã riêng.`,
      );
      continue;
    }
    seen.set(keyMatch(id), row);
    const unsafe = keyProblem(id, 'person');
    if (unsafe) cells.report('staff.unsafe-code', 'error', row, LIST.code, unsafe);
    let gender: Gender | undefined;
    if (LIST.gender !== undefined) {
      const genderText = cells.text(row, LIST.gender);
      gender = GENDERS[textKey(genderText)];
      if (gender === undefined) {
        gender = 'nam';
        cells.report(
          'staff.gender-unreadable',
          'error',
          row,
          LIST.gender,
          `giới tính "${genderText}" của ${who} không đọc được nên tạm ghi là Nam. Hãy ghi "Nam" hoặc "Nữ".`,
        );
      }
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
      const text = cells.text(r, LIST.teamCode);
      if (text === '') return '';
      const found = teamByKey.get(keyMatch(text));
      if (found !== undefined) return found;
      const named = teamNames.find(text);
      const hint =
        named !== undefined && keyMatch(named) !== keyMatch(text)
          ? ` "${text}" là tên ${terms.group}: hãy ghi mã của ${terms.group} này, "${named}".`
          : ` Hãy ghi một mã có trong bảng "${words.teamsTitle}" trang "Quy chế".`;
      cells.report(
        'staff.unknown-team-code',
        'error',
        r,
        LIST.teamCode,
        `mã ${terms.group} "${text}" của ${who} không có trong bảng "${words.teamsTitle}" trang "Quy chế", nên ${one} này không được tính vào ${terms.group} nào trên "${terms.groupSummarySheet}".${hint}`,
      );
      return text;
    };
    const roleId = code(roleCodes, LIST.role, terms.roleHeading.toLocaleLowerCase('vi'), words.rolesTitle);
    const teamId = teamCode(row);
    const birthDate =
      LIST.birthDate === undefined ? undefined : cells.date(row, LIST.birthDate, `Ngày sinh của ${who}`);
    const hireDate =
      LIST.hireDate === undefined ? undefined : cells.date(row, LIST.hireDate, `Ngày tuyển dụng của ${who}`);
    staff.push({
      id,
      fullName,
      ...(gender === undefined ? {} : { gender }),
      ...(birthDate === undefined ? {} : { birthDate }),
      roleId,
      position: cells.text(row, LIST.position),
      teamId,
      ...(hireDate === undefined ? {} : { hireDate }),
    });
  }
  return { staff, issues: cells.issues };
}
