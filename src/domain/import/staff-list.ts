/**
 * A staff list pasted or selected by the user becomes people and tổ. Blank rows are skipped, a row that
 * repeats another is reported and skipped, namesakes that nothing tells apart are reported, a person
 * without tổ or with an unknown role is kept with that field empty and an error on its cell.
 */
import type { DomainIssue } from '../issues';
import { BUILT_IN_ROLES, type Person, type Role, type Team } from '../school/types';
import { nameMatchKey } from '../text/normalize';
import {
  A1_ORIGIN,
  cellAt,
  isBlank,
  addressOf,
  sheetRowNumber,
  type FontGrid,
  type GridOrigin,
  type ImportGrid,
} from './grid';
import type { ColumnMapping } from './mapping';
import {
  buildPerson,
  readDate,
  readPersonText,
  reportMissingColumns,
  type PersonRowContext,
} from './person-row';
import { dataRowEnd, emptyRowsIssue, isSummaryLabel, mappedColumns, rowHasData } from './rows';
import { safeKeyPrefix } from './new-keys';
import { CellTextReader } from './text-reader';

export interface StaffListImportOptions {
  /** Rows at the top holding headers (0 when the selection starts at the first person). */
  headerRows: number;
  /** Sheet name, for messages. */
  sourceSheet: string;
  fonts?: FontGrid;
  /** Where grid[0][0] sits on the sheet (default A1). */
  origin?: GridOrigin;
  /** Roles people may have (default BUILT_IN_ROLES). */
  roles?: readonly Role[];
  /** Tổ that already exist: names on the list are matched to them before new tổ are made. */
  teams?: readonly Team[];
  /** Staff codes already used in the school: generated codes avoid them (codes on the list are kept). */
  takenIds?: Iterable<string>;
  /** Prefix of generated staff codes (default "CB-"). */
  idPrefix?: string;
}

export interface StaffListImport {
  staff: Person[];
  /** The known tổ followed by the new ones the list names, in order of first appearance. */
  teams: Team[];
  issues: DomainIssue[];
}

/** A person already read, with the row's own code, tổ and birth date as written (for duplicates). */
interface Seen {
  person: Person;
  row: number;
  codeKey: string;
  teamKey: string;
  birthDate: string | undefined;
}

export function importStaffList(
  grid: ImportGrid,
  mapping: ColumnMapping,
  options: StaffListImportOptions,
): StaffListImport {
  const origin = options.origin ?? A1_ORIGIN;
  const sheet = options.sourceSheet;
  const issues: DomainIssue[] = [];
  if (mapping.name === undefined) {
    issues.push({
      code: 'import.no-name-column',
      severity: 'error',
      message: `Trang "${sheet}": chưa chọn cột họ và tên nên không nhập được ai. Hãy chọn cột "Họ và tên".`,
    });
    return { staff: [], teams: [...(options.teams ?? [])], issues };
  }
  const reader = new CellTextReader(grid, options.fonts, origin, sheet);
  const ctx: PersonRowContext = {
    grid,
    reader,
    mapping,
    origin,
    sheet,
    roles: options.roles ?? BUILT_IN_ROLES,
    teams: (options.teams ?? []).map((team) => ({ ...team })),
    newTeams: [],
    reportNewTeams: (options.teams ?? []).length > 0,
    issues,
  };
  // Generated codes avoid the school's codes and every code written on the list, even further down.
  const reserved = new Set([...(options.takenIds ?? [])].map((id) => id.toLowerCase()));
  if (mapping.staffCode !== undefined) {
    for (let row = options.headerRows; row < grid.length; row++) {
      const code = cellAt(grid, row, mapping.staffCode);
      if (!isBlank(code)) reserved.add(String(code).trim().toLowerCase());
    }
  }
  // A prefix that would make an unsafe mã (a space, `*`…) is not used: the mã goes into every lookup.
  const prefix = safeKeyPrefix(options.idPrefix, 'CB-');
  let serial = 0;
  const nextId = () => {
    let id: string;
    do id = `${prefix}${String(++serial).padStart(3, '0')}`;
    while (reserved.has(id.toLowerCase()));
    reserved.add(id.toLowerCase());
    return id;
  };

  const staff: Person[] = [];
  const byName = new Map<string, Seen[]>();
  const byCode = new Map<string, Seen>();
  const emptyRows: number[] = [];
  const columns = mappedColumns(mapping);
  const end = dataRowEnd(grid, options.headerRows, columns);
  const at = (row: number, column: number) => ({ sheet, address: addressOf(origin, row, column) });

  for (let row = options.headerRows; row < end; row++) {
    if (!rowHasData(grid, row, columns)) {
      emptyRows.push(row);
      continue;
    }
    const fields = readPersonText(ctx, row);
    const rowNumber = sheetRowNumber(origin, row);
    if (fields.name === '' || isSummaryLabel(fields.name)) {
      const why = fields.name === '' ? 'không có họ tên' : `là dòng "${fields.name}"`;
      issues.push({
        code: 'import.row-without-name',
        severity: fields.name === '' ? 'warning' : 'info',
        message: `Ô ${at(row, mapping.name).address} trang "${sheet}": dòng ${rowNumber} ${why} nên được bỏ qua. Nếu dòng này là một người, hãy ghi họ và tên rồi nhập lại.`,
        location: at(row, mapping.name),
      });
      continue;
    }

    const key = nameMatchKey(fields.name);
    const codeKey = fields.staffCode.toLowerCase();
    const teamKey = nameMatchKey(fields.teamText);
    const birthDate = readDate(ctx, row, mapping.birthDate, fields.name, 'ngày sinh', true);
    const namesakes = byName.get(key) ?? [];

    const twin = namesakes.find(
      (seen) => seen.codeKey === codeKey && seen.birthDate === birthDate && seen.teamKey === teamKey,
    );
    if (twin) {
      issues.push({
        code: 'import.duplicate-row',
        severity: 'warning',
        message: `Ô ${at(row, mapping.name).address} trang "${sheet}": ${fields.name} ở dòng ${rowNumber} trùng hoàn toàn với dòng ${sheetRowNumber(origin, twin.row)} nên được bỏ qua. Nếu đây là hai người khác nhau, hãy ghi ngày sinh hoặc mã cán bộ để phân biệt.`,
        location: at(row, mapping.name),
      });
      continue;
    }

    let id = fields.staffCode;
    const owner = codeKey === '' ? undefined : byCode.get(codeKey);
    if (owner) {
      const ownerText = `${owner.person.fullName} ở dòng ${sheetRowNumber(origin, owner.row)}`;
      const codeCell = at(row, mapping.staffCode ?? mapping.name);
      issues.push({
        code: 'import.duplicate-code',
        severity: 'error',
        message: `Ô ${codeCell.address} trang "${sheet}": mã "${fields.staffCode}" của ${fields.name} (dòng ${rowNumber}) trùng với mã của ${ownerText}. ${fields.name} tạm nhận một mã mới; hãy sửa mã cho đúng.`,
        location: codeCell,
      });
      id = '';
    }
    const person = buildPerson(ctx, row, fields, id === '' ? nextId() : id);

    const indistinct = namesakes.filter(
      (seen) =>
        !(seen.birthDate && birthDate && seen.birthDate !== birthDate) &&
        !(seen.codeKey !== '' && codeKey !== '' && seen.codeKey !== codeKey),
    );
    if (indistinct.length > 0) {
      const rows = indistinct.map((seen) => sheetRowNumber(origin, seen.row)).join(', ');
      issues.push({
        code: 'import.namesake-indistinct',
        severity: 'warning',
        message: `Ô ${at(row, mapping.name).address} trang "${sheet}": ${fields.name} (dòng ${rowNumber}) trùng tên với dòng ${rows} mà không có ngày sinh hay mã cán bộ khác nhau. Hãy ghi ngày sinh hoặc mã cán bộ để phân biệt hai người.`,
        location: at(row, mapping.name),
      });
    }

    const seen: Seen = { person, row, codeKey, teamKey, birthDate };
    byName.set(key, [...namesakes, seen]);
    if (codeKey !== '' && !byCode.has(codeKey)) byCode.set(codeKey, seen);
    staff.push(person);
  }

  reportMissingColumns(ctx, staff.length);
  issues.unshift(...reader.issues());
  issues.push(...emptyRowsIssue(emptyRows, origin, sheet));
  return { staff, teams: ctx.teams, issues };
}
