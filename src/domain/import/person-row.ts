/**
 * Reads the person columns of one row (name, staff code, tổ, role, chức vụ, gender, dates) into a Person,
 * for staff lists and for people a score sheet adds. Whatever cannot be read is reported on its cell; the
 * person is still kept, with an empty tổ or role the user must fill, so nothing typed is lost.
 */
import type { DomainIssue, IssueSeverity } from '../issues';
import type { Gender, Person, Role, Team } from '../school/types';
import { parseVietnameseDate } from '../text/dates';
import { foldKey } from './fold';
import { addressOf, cellAt, isBlank, type GridOrigin, type ImportGrid } from './grid';
import type { ColumnMapping } from './mapping';
import { isTeamOnlyPosition, resolveRole } from './roles';
import { findTeam, teamIdFor } from './teams';
import type { CellTextReader } from './text-reader';

/** The columns of a row as text, before anything is resolved. */
export interface PersonRowText {
  name: string;
  staffCode: string;
  teamText: string;
  roleText: string;
  positionText: string;
}

export interface PersonRowContext {
  grid: ImportGrid;
  reader: CellTextReader;
  mapping: ColumnMapping;
  origin: GridOrigin;
  sheet: string;
  roles: readonly Role[];
  /** Known tổ; new ones found on the sheet are added here (and listed in `newTeams`). */
  teams: Team[];
  newTeams: Team[];
  /** Say so when a tổ is created: a typo is likely when the school's tổ are already known. */
  reportNewTeams: boolean;
  issues: DomainIssue[];
}

const MALE = ['nam', 'm', 'male', 'trai'];
const FEMALE = ['nu', 'f', 'female', 'gai'];
const NOT_MARKED = ['0', 'khong', 'no', 'false'];

function text(ctx: PersonRowContext, row: number, column: number | undefined): string {
  return column === undefined ? '' : ctx.reader.text(row, column);
}

export function readPersonText(ctx: PersonRowContext, row: number): PersonRowText {
  const { mapping } = ctx;
  return {
    name: text(ctx, row, mapping.name),
    staffCode: text(ctx, row, mapping.staffCode),
    teamText: text(ctx, row, mapping.team),
    roleText: text(ctx, row, mapping.role),
    positionText: text(ctx, row, mapping.position),
  };
}

function report(
  ctx: PersonRowContext,
  code: string,
  severity: IssueSeverity,
  message: string,
  row?: number,
  column?: number,
): void {
  const issue: DomainIssue = { code, severity, message };
  if (row !== undefined && column !== undefined) {
    const address = addressOf(ctx.origin, row, column);
    issue.message = `Ô ${address} trang "${ctx.sheet}": ${message}`;
    issue.location = { sheet: ctx.sheet, address };
  }
  ctx.issues.push(issue);
}

/**
 * An ISO date from a date column, or undefined (reported) when the cell holds only a year or no real date.
 * `what` names the date in messages ("ngày sinh").
 */
export function readDate(
  ctx: PersonRowContext,
  row: number,
  column: number | undefined,
  who: string,
  what: string,
  quiet = false,
): string | undefined {
  if (column === undefined) return undefined;
  const raw = cellAt(ctx.grid, row, column);
  if (isBlank(raw) || typeof raw === 'boolean') return undefined;
  const shown = typeof raw === 'string' ? raw.trim() : String(raw);
  if (/^\d{4}$/.test(shown) && Number(shown) >= 1900 && Number(shown) <= 2100) {
    if (!quiet) {
      report(
        ctx,
        'import.year-only',
        'warning',
        `${who}: ${what} chỉ ghi năm ${shown}, chưa đủ ngày tháng nên chưa được nhập. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/09/1985.`,
        row,
        column,
      );
    }
    return undefined;
  }
  const parsed = parseVietnameseDate(typeof raw === 'string' ? ctx.reader.text(row, column) : raw);
  if (parsed.ok) return parsed.value ?? undefined;
  if (!quiet)
    report(
      ctx,
      'import.bad-date',
      'warning',
      `${who}: ${what} chưa được nhập. ${parsed.reason}`,
      row,
      column,
    );
  return undefined;
}

function readGender(ctx: PersonRowContext, row: number, who: string): Gender {
  const { mapping } = ctx;
  if (mapping.female !== undefined) {
    const mark = foldKey(text(ctx, row, mapping.female));
    return mark === '' || NOT_MARKED.includes(mark) ? 'nam' : 'nữ';
  }
  if (mapping.gender === undefined) return 'nữ';
  const written = text(ctx, row, mapping.gender);
  const folded = foldKey(written);
  if (MALE.includes(folded)) return 'nam';
  if (FEMALE.includes(folded)) return 'nữ';
  const why = written === '' ? 'chưa ghi giới tính' : `giới tính "${written}" không rõ`;
  report(
    ctx,
    'import.unknown-gender',
    'warning',
    `${who}: ${why}, tạm ghi là Nữ. Hãy ghi "Nam" hoặc "Nữ" vào ô này.`,
    row,
    mapping.gender,
  );
  return 'nữ';
}

function resolveTeam(ctx: PersonRowContext, row: number, teamText: string, who: string): string {
  const column = ctx.mapping.team;
  // A list without a tổ column is reported once by reportMissingColumns, not on every row.
  if (column === undefined) return '';
  if (teamText === '') {
    const message = `${who} chưa có tổ. Hãy ghi tên tổ (ví dụ "Tổ 1") rồi nhập lại, hoặc chọn tổ trong danh sách cán bộ.`;
    report(ctx, 'import.person-without-team', 'error', message, row, column);
    return '';
  }
  const known = findTeam(ctx.teams, teamText);
  if (known) return known.id;
  const team: Team = { id: teamIdFor(teamText, new Set(ctx.teams.map((t) => t.id))), name: teamText };
  ctx.teams.push(team);
  ctx.newTeams.push(team);
  if (!ctx.reportNewTeams) return team.id;
  report(
    ctx,
    'import.new-team',
    'info',
    `tổ "${teamText}" chưa có trong danh sách tổ nên đã được thêm. Nếu đây là lỗi gõ tên tổ, hãy sửa ô rồi nhập lại.`,
    row,
    column,
  );
  return team.id;
}

function resolveRoleId(
  ctx: PersonRowContext,
  row: number,
  fields: PersonRowText,
  teamId: string,
  who: string,
): string {
  const { mapping, roles } = ctx;
  const written = fields.roleText || fields.positionText;
  const column = fields.roleText ? mapping.role : mapping.position;
  if (mapping.role === undefined && mapping.position === undefined) return '';
  const choices = roles.map((role) => `"${role.label}"`).join(', ');
  if (written === '') {
    const message = `${who} chưa có chức vụ hay vai trò. Hãy ghi một trong các vai trò ${choices}.`;
    report(ctx, 'import.person-without-role', 'error', message, row, column ?? mapping.role);
    return '';
  }
  const roleId = resolveRole(written, roles);
  if (roleId !== null) return roleId;
  if (isTeamOnlyPosition(written)) {
    const team = ctx.teams.find((t) => t.id === teamId);
    const office = team !== undefined && /\bvan phong\b/.test(foldKey(team.name));
    const guess = roles.find((role) => role.id === (office ? 'nhan-vien' : 'giao-vien'));
    if (guess) {
      report(
        ctx,
        'import.role-guessed',
        'warning',
        `${who}: chức vụ "${written}" không cho biết vai trò, tạm xếp vào "${guess.label}" theo ${team?.name ?? 'tổ'}. Nếu khác, hãy thêm cột vai trò hoặc sửa trong danh sách cán bộ.`,
        row,
        column,
      );
      return guess.id;
    }
  }
  report(
    ctx,
    'import.unknown-role',
    'error',
    `${who}: không biết "${written}" là vai trò nào. Hãy ghi một trong các vai trò ${choices}, hoặc thêm vai trò này ở trang "Quy chế".`,
    row,
    column,
  );
  return '';
}

/** The Person a row describes, with `id` as its staff code. */
export function buildPerson(ctx: PersonRowContext, row: number, fields: PersonRowText, id: string): Person {
  const who = fields.name;
  const teamId = resolveTeam(ctx, row, fields.teamText, who);
  const person: Person = {
    id,
    fullName: fields.name,
    gender: readGender(ctx, row, who),
    roleId: resolveRoleId(ctx, row, fields, teamId, who),
    position: fields.positionText || fields.roleText,
    teamId,
  };
  const birthDate = readDate(ctx, row, ctx.mapping.birthDate, who, 'ngày sinh');
  if (birthDate !== undefined) person.birthDate = birthDate;
  const hireDate = readDate(ctx, row, ctx.mapping.hireDate, who, 'ngày tuyển dụng');
  if (hireDate !== undefined) person.hireDate = hireDate;
  return person;
}

/** Warnings for columns the whole list lacks, said once rather than on every row. */
export function reportMissingColumns(ctx: PersonRowContext, peopleCount: number): void {
  if (peopleCount === 0) return;
  const { mapping, sheet } = ctx;
  if (mapping.gender === undefined && mapping.female === undefined) {
    report(
      ctx,
      'import.no-gender-column',
      'warning',
      `Trang "${sheet}" không có cột giới tính: ${peopleCount} người tạm ghi là Nữ. Hãy chọn cột "Giới tính" (hoặc cột "Nữ") rồi nhập lại, hoặc sửa trong danh sách cán bộ.`,
    );
  }
  if (mapping.role === undefined && mapping.position === undefined) {
    report(
      ctx,
      'import.no-role-column',
      'error',
      `Trang "${sheet}" không có cột chức vụ hay vai trò: ${peopleCount} người chưa có vai trò nên chưa chấm điểm được. Hãy chọn cột "Chức vụ" hoặc "Vai trò" rồi nhập lại.`,
    );
  }
  if (mapping.team === undefined) {
    report(
      ctx,
      'import.no-team-column',
      'error',
      `Trang "${sheet}" không có cột tổ: ${peopleCount} người chưa có tổ. Hãy chọn cột "Tổ" rồi nhập lại.`,
    );
  }
}
