/**
 * Brings an existing score sheet into the template: one round (or month) and one level by default, each
 * mapped column a criterion (or a total). Names are matched to the roster in NFC, legacy-font text is
 * converted, "9,5" is read as 9.5. Every cell that cannot be used and every row that is skipped gets a
 * Vietnamese message naming its cell; numbers out of range are kept as typed and reported, as the sheet
 * itself keeps them, so the user sees them flagged in the template too.
 *
 * A sheet that only has totals gives `totals`: one ScoreInput per person with criterionId "total"
 * (IMPORTED_TOTAL_ID). No criterion detail is invented from a total; the caller decides where a total
 * goes (e.g. a note column, or a comparison with the totals the template computes once criteria are
 * scored) and an info issue says the detail is missing. When criteria are mapped too, a total column only
 * serves to check the row's sum.
 */
import type { DomainIssue } from '../issues';
import { BUILT_IN_ROLES, type Person, type Role, type SchoolRoster, type Team } from '../school/types';
import { criterionApplies } from '../scoring/criteria';
import { formatScore, LEVEL_LABELS } from '../scoring/describe';
import { checkScoreValue } from '../scoring/score-values';
import type { AssessmentLevel, ScoreInput, ScoringConfig } from '../scoring/types';
import { scoreContextText } from '../scoring/validate-inputs';
import { parseVietnameseNumber } from '../text/numbers';
import {
  A1_ORIGIN,
  addressOf,
  cellAt,
  columnLetter,
  shownValue,
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
  type PersonRowText,
} from './person-row';
import { rowSums } from './row-sums';
import { resolveColumns } from './score-columns';
import { PersonIndex } from './people';
import { dataRowEnd, emptyRowsIssue, isSummaryLabel, mappedColumns, rowHasData } from './rows';
import { safeKeyPrefix } from './new-keys';
import { CellTextReader } from './text-reader';

/** criterionId of a value read from a total column. */
export const IMPORTED_TOTAL_ID = 'total';

export interface ScoreSheetImportOptions {
  roundId: string;
  /** Required when the round is scored monthly. */
  monthId?: string;
  /** Level of the columns the mapping gives no level of. */
  level: AssessmentLevel;
  /** Rows at the top holding headers. */
  headerRows: number;
  /** Sheet name, for messages. */
  sourceSheet: string;
  fonts?: FontGrid;
  /** Where grid[0][0] sits on the sheet (default A1). */
  origin?: GridOrigin;
  /** Opt-in: people missing from the roster are created from the row (else their rows are reported). */
  addUnknownPeople?: boolean;
  /** Prefix of codes given to new people without a staff code (default "MOI-"). */
  newIdPrefix?: string;
}

export interface ScoreSheetImport {
  inputs: ScoreInput[];
  /** Values of total columns when no criterion is mapped (criterionId IMPORTED_TOTAL_ID). */
  totals: ScoreInput[];
  /** People created because the roster lacks them (only with addUnknownPeople). */
  newPeople: Person[];
  /** Tổ those new people named that the roster lacks. */
  newTeams: Team[];
  issues: DomainIssue[];
}

/**
 * Reads one score sheet. `grid` includes its `headerRows`; `mapping` columns index into it (see
 * suggestColumnMapping). The roster is not changed; new people come back in `newPeople`.
 */
export function importScoreSheet(
  grid: ImportGrid,
  mapping: ColumnMapping,
  roster: SchoolRoster,
  config: ScoringConfig,
  options: ScoreSheetImportOptions,
): ScoreSheetImport {
  const result: ScoreSheetImport = { inputs: [], totals: [], newPeople: [], newTeams: [], issues: [] };
  const resolved = resolveColumns(mapping, config, options);
  if (resolved.problems.length > 0 || !resolved.round) {
    result.issues.push(...resolved.problems);
    return result;
  }
  const round = resolved.round;
  const sheet = options.sourceSheet;
  const origin = options.origin ?? A1_ORIGIN;
  const issues = result.issues;
  const reader = new CellTextReader(grid, options.fonts, origin, sheet);
  const roles: readonly Role[] = roster.roles.length > 0 ? roster.roles : BUILT_IN_ROLES;
  const ctx: PersonRowContext = {
    grid,
    reader,
    mapping,
    origin,
    sheet,
    roles,
    teams: roster.teams.map((team) => ({ ...team })),
    newTeams: result.newTeams,
    reportNewTeams: true,
    issues,
  };
  const people = new PersonIndex(roster.staff, roster.teams);
  const takenIds = new Set(roster.staff.map((p) => p.id.toLowerCase()));
  let newSerial = 0;
  const newIdPrefix = safeKeyPrefix(options.newIdPrefix, 'MOI-');
  const newId = (code: string) => {
    if (code !== '' && !takenIds.has(code.toLowerCase())) return code;
    let id: string;
    do id = `${newIdPrefix}${String(++newSerial).padStart(3, '0')}`;
    while (takenIds.has(id.toLowerCase()));
    return id;
  };
  const at = (row: number, column: number) => ({ sheet, address: addressOf(origin, row, column) });
  const nameColumn = mapping.name ?? (mapping.staffCode as number);
  const columns = mappedColumns(mapping);
  const end = dataRowEnd(grid, options.headerRows, columns);
  const emptyRows: number[] = [];
  const rowOfPerson = new Map<string, number>();
  const scoreColumns = [...resolved.scores.map((s) => s.column), ...resolved.totals.map((t) => t.column)];
  const skip = (code: string, severity: DomainIssue['severity'], row: number, message: string) =>
    issues.push({
      code,
      severity,
      message: `Ô ${at(row, nameColumn).address} trang "${sheet}": ${message}`,
      location: at(row, nameColumn),
    });

  if (resolved.scores.length === 0) {
    const totalsAt = resolved.totals.map((t) => columnLetter(origin.column + t.column)).join(', ');
    issues.push({
      code: 'import.total-only',
      severity: 'info',
      message: `Trang "${sheet}" chỉ có tổng điểm (cột ${totalsAt}), không có điểm từng tiêu chí: tổng được nhập riêng để đối chiếu, điểm từng tiêu chí vẫn để trống và cần nhập trong bảng lượng hóa.`,
    });
  }

  for (let row = options.headerRows; row < end; row++) {
    if (!rowHasData(grid, row, columns)) {
      emptyRows.push(row);
      continue;
    }
    const rowNumber = sheetRowNumber(origin, row);
    const fields = readPersonText(ctx, row);
    const hasScores = rowHasData(grid, row, scoreColumns);
    const label = fields.name || fields.staffCode;
    if (label === '') {
      skip(
        'import.row-without-name',
        hasScores ? 'error' : 'warning',
        row,
        hasScores
          ? `dòng ${rowNumber} có điểm nhưng không có họ tên nên không nhập được. Hãy ghi họ và tên rồi nhập lại.`
          : `dòng ${rowNumber} không có họ tên nên được bỏ qua.`,
      );
      continue;
    }
    if (isSummaryLabel(fields.name)) {
      skip(
        'import.summary-row',
        'info',
        row,
        `dòng ${rowNumber} ("${fields.name}") là dòng tổng hợp, không phải một người, nên được bỏ qua.`,
      );
      continue;
    }
    const person = findPerson(row, rowNumber, fields, hasScores);
    if (!person) continue;
    const previous = rowOfPerson.get(person.id);
    if (previous !== undefined) {
      skip(
        'import.duplicate-person-row',
        'error',
        row,
        `${person.fullName} (mã ${person.id}) đã có ở dòng ${sheetRowNumber(origin, previous)}; điểm ở dòng ${rowNumber} không được nhập. Hãy giữ một dòng cho mỗi người, hoặc ghi ngày sinh, mã cán bộ để phân biệt người trùng tên.`,
      );
      continue;
    }
    rowOfPerson.set(person.id, row);
    const read = readScores(row, person);
    checkTotals(row, person, read);
  }

  reportMissingColumns(ctx, result.newPeople.length);
  issues.unshift(...reader.issues());
  issues.push(...emptyRowsIssue(emptyRows, origin, sheet));
  return result;

  function findPerson(
    row: number,
    rowNumber: number,
    fields: PersonRowText,
    hasScores: boolean,
  ): Person | null {
    const identity = {
      name: fields.name,
      staffCode: fields.staffCode || undefined,
      birthDate: readDate(ctx, row, mapping.birthDate, fields.name, 'ngày sinh', true),
      teamText: fields.teamText || undefined,
    };
    const match = people.match(identity);
    const who = fields.name || `mã "${fields.staffCode}"`;
    switch (match.kind) {
      case 'found':
        return match.person;
      case 'code-conflict':
        skip(
          'import.code-name-conflict',
          'error',
          row,
          `mã "${fields.staffCode}" ở dòng ${rowNumber} là của ${match.person.fullName}, không phải ${who}; điểm của dòng này không được nhập. Hãy sửa tên hoặc mã cho khớp.`,
        );
        return null;
      case 'ambiguous': {
        const list = match.candidates
          .map(
            (p) =>
              `${p.fullName} (mã ${p.id}${p.birthDate ? `, sinh ${p.birthDate.split('-').reverse().join('/')}` : ''})`,
          )
          .join('; ');
        skip(
          'import.ambiguous-person',
          'error',
          row,
          `có ${match.candidates.length} người tên ${fields.name}: ${list}. Dòng ${rowNumber} không cho biết là ai nên điểm không được nhập. Hãy thêm cột ngày sinh hoặc mã cán bộ để phân biệt.`,
        );
        return null;
      }
      case 'none':
        break;
    }
    if (fields.name === '') {
      skip(
        'import.unknown-person',
        'error',
        row,
        `không có ai mang mã "${fields.staffCode}" trong danh sách cán bộ và dòng ${rowNumber} không có họ tên. Hãy ghi họ tên hoặc sửa mã.`,
      );
      return null;
    }
    if (!hasScores) {
      skip(
        'import.unknown-person',
        'warning',
        row,
        `dòng ${rowNumber} ("${fields.name}") không khớp ai trong danh sách cán bộ và không có điểm nên được bỏ qua.`,
      );
      return null;
    }
    if (!options.addUnknownPeople) {
      skip(
        'import.unknown-person',
        'error',
        row,
        `${fields.name} không có trong danh sách cán bộ nên điểm ở dòng ${rowNumber} không được nhập. Hãy thêm người này vào danh sách (hoặc chọn "thêm người mới") rồi nhập lại, hoặc sửa tên cho khớp danh sách.`,
      );
      return null;
    }
    const person = buildPerson(ctx, row, fields, newId(fields.staffCode));
    takenIds.add(person.id.toLowerCase());
    people.add(person);
    result.newPeople.push(person);
    skip(
      'import.new-person',
      'info',
      row,
      `${fields.name} chưa có trong danh sách cán bộ nên đã được thêm với mã ${person.id}. Hãy kiểm tra tổ, vai trò và giới tính của người này.`,
    );
    return person;
  }

  /** The row's numbers per level and criterion, for the total check. */
  function readScores(row: number, person: Person): Map<AssessmentLevel, Map<string, number>> {
    const byLevel = new Map<AssessmentLevel, Map<string, number>>();
    for (const { column, criterion, level } of resolved.scores) {
      const raw = cellAt(grid, row, column);
      const location = at(row, column);
      const context = { text: scoreContextText(person, round, options.monthId, criterion, level), location };
      const head = `Ô ${location.address} trang "${sheet}": ${context.text}: `;
      if (raw === null || raw === undefined) continue;
      const parsed =
        typeof raw === 'boolean'
          ? ({
              ok: false,
              reason: `ô chứa giá trị đúng/sai (${shownValue(raw)}), không phải là số. Hãy nhập một số.`,
            } as const)
          : parseVietnameseNumber(typeof raw === 'string' ? reader.text(row, column) : raw);
      if (!parsed.ok) {
        issues.push({
          code: 'import.not-a-number',
          severity: 'error',
          message: head + parsed.reason,
          location,
        });
        continue;
      }
      if (parsed.value === null) continue;
      if (!criterionApplies(criterion, person.roleId)) {
        issues.push({
          code: 'import.not-applicable',
          severity: 'warning',
          message: `${head}tiêu chí này không áp dụng cho vai trò của ${person.fullName} nên điểm ${formatScore(parsed.value)} không được nhập. Hãy kiểm tra cột hoặc vai trò.`,
          location,
        });
        continue;
      }
      issues.push(...checkScoreValue(criterion, parsed.value, context));
      result.inputs.push(makeInput(person, criterion.id, level, parsed.value, location));
      let values = byLevel.get(level);
      if (!values) byLevel.set(level, (values = new Map()));
      values.set(criterion.id, parsed.value);
    }
    return byLevel;
  }

  function checkTotals(row: number, person: Person, read: Map<AssessmentLevel, Map<string, number>>): void {
    for (const { column, level } of resolved.totals) {
      const raw = cellAt(grid, row, column);
      const location = at(row, column);
      const head = `Ô ${location.address} trang "${sheet}": ${person.fullName} (mã ${person.id}), ${round.label}, tổng điểm ${LEVEL_LABELS[level].toLocaleLowerCase('vi')}: `;
      if (raw === null || raw === undefined || typeof raw === 'boolean') {
        if (typeof raw === 'boolean') {
          issues.push({
            code: 'import.not-a-number',
            severity: 'error',
            message: `${head}ô chứa giá trị đúng/sai, không phải là số.`,
            location,
          });
        }
        continue;
      }
      const parsed = parseVietnameseNumber(typeof raw === 'string' ? reader.text(row, column) : raw);
      if (!parsed.ok) {
        issues.push({
          code: 'import.not-a-number',
          severity: 'error',
          message: head + parsed.reason,
          location,
        });
        continue;
      }
      if (parsed.value === null) continue;
      const total = parsed.value;
      if (resolved.scores.length === 0) {
        if (total < 0) {
          issues.push({
            code: 'import.negative-total',
            severity: 'error',
            message: `${head}tổng ${formatScore(total)} là số âm. Hãy kiểm tra lại ô này.`,
            location,
          });
        }
        result.totals.push(makeInput(person, IMPORTED_TOTAL_ID, level, total, location));
        continue;
      }
      const expected = rowSums(config, person.roleId, read.get(level));
      if (expected !== null && !expected.some((value) => Math.abs(value - total) < 0.005)) {
        issues.push({
          code: 'import.total-mismatch',
          severity: 'warning',
          message: `${head}sheet gốc ghi tổng ${formatScore(total)} nhưng cộng các tiêu chí được ${formatScore(expected[0])}. Điểm từng tiêu chí được nhập; hãy kiểm tra lại tổng trong sheet gốc.`,
          location,
        });
      }
    }
  }

  function makeInput(
    person: Person,
    criterionId: string,
    level: AssessmentLevel,
    value: number,
    locator: { sheet: string; address: string },
  ): ScoreInput {
    const input: ScoreInput = { personId: person.id, roundId: round.id, criterionId, level, value, locator };
    if (options.monthId !== undefined) input.monthId = options.monthId;
    return input;
  }
}
