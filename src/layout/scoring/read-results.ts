/**
 * Reads what the summary sheets' formulas computed: per person the round totals, year total, band, ranks
 * and floors; per tổ the members, mean and rank. A cell showing an Excel error (#VALUE!, #NAME?…) becomes
 * an issue naming the cell. Rows are found by the key each carries (mã cán bộ, mã tổ), in any order.
 */
import { MESSAGE_WORDS } from './unit-words';
import { unitKindOf, unitTermsOf } from '../../domain/school/units';
import { cellAddress } from '../a1';
import type { DomainIssue } from '../../domain/issues';
import { describePerson } from '../../domain/scoring/describe';
import type { ScoringStatus } from '../../domain/scoring/types';
import type { CellValue } from '../grid';
import { STATUS_TEXT } from './year-summary-sheet';
import { FLOORS_MET, FLOORS_NOT_MET } from './map';
import type { ScoringWorkbookMap } from './map';
import { keyMatch } from '../../domain/scoring/keys';
import { teamSummaryRows, yearSummaryRows } from './summary-rows';

export interface SheetPersonResult {
  personId: string;
  roundTotals: Record<string, number | null>;
  yearTotal: number | null;
  bandId: string | null;
  rankOverall: number | null;
  rankInTeam: number | null;
  /** A workbook of schools only: the rank within the cấp học. */
  rankInRole?: number | null;
  floorsMet: boolean | null;
  missingCount: number | null;
  /** From the status column; null when it shows something else. */
  status: ScoringStatus | null;
  /** The band of each round, null while the round is not scored. */
  roundBands: Record<string, string | null>;
}

export interface SheetTeamResult {
  teamId: string;
  memberCount: number | null;
  mean: number | null;
  rank: number | null;
}

export interface SheetScoringResults {
  people: SheetPersonResult[];
  teams: SheetTeamResult[];
  issues: DomainIssue[];
}

const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|CYCLE!|ERROR!)/;

class CellReader {
  readonly issues: DomainIssue[] = [];

  constructor(
    private readonly sheet: string,
    private readonly values: CellValue[][],
  ) {}

  private raw(row: number, col: number, what: string): CellValue {
    const value = this.values[row]?.[col] ?? null;
    if (typeof value === 'string' && ERROR_VALUE.test(value.trim())) {
      const address = cellAddress(row, col);
      this.issues.push({
        code: 'sheet.formula-error',
        severity: 'error',
        message: `Ô ${address} trang "${this.sheet}" (${what}) báo lỗi ${value.trim()}. Hãy kiểm tra các ô điểm và trang Quy chế, hoặc tạo lại mẫu nếu công thức đã bị sửa.`,
        location: { sheet: this.sheet, address },
      });
      return null;
    }
    return value;
  }

  number(row: number, col: number, what: string): number | null {
    const value = this.raw(row, col, what);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }

  text(row: number, col: number, what: string): string | null {
    const value = this.raw(row, col, what);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }

  flag(row: number, col: number, what: string): boolean | null {
    const value = this.raw(row, col, what);
    if (value === FLOORS_MET || value === true) return true;
    if (value === FLOORS_NOT_MET || value === false) return false;
    return null;
  }
}

function missingSheet(sheet: string): DomainIssue {
  return {
    code: 'sheet.missing',
    severity: 'error',
    message: `Không tìm thấy trang "${sheet}" của sổ chấm điểm nên không đọc được kết quả. Hãy khôi phục trang hoặc tạo lại mẫu.`,
  };
}

function statusOf(text: string | null): ScoringStatus | null {
  const found = (Object.keys(STATUS_TEXT) as ScoringStatus[]).find(
    (status) => STATUS_TEXT[status] === (text ?? ''),
  );
  return found ?? null;
}

function rowMissing(sheet: string, who: string): DomainIssue {
  return {
    code: 'sheet.row-missing',
    severity: 'error',
    message: `Trang "${sheet}": ${who} (tìm theo mã ở cột B), nên không đọc được kết quả. Hãy tạo lại mẫu để có lại dòng này.`,
  };
}

export function readScoringResults(
  sheets: Record<string, CellValue[][]>,
  map: ScoringWorkbookMap,
): SheetScoringResults {
  const issues: DomainIssue[] = [];
  const people: SheetPersonResult[] = [];
  const teams: SheetTeamResult[] = [];
  const yearValues = sheets[map.sheets.yearSummary];
  if (!yearValues) issues.push(missingSheet(map.sheets.yearSummary));
  else {
    const cells = new CellReader(map.sheets.yearSummary, yearValues);
    const { columns } = map.yearSummary;
    const found = yearSummaryRows(yearValues, map);
    issues.push(...found.issues);
    for (const person of map.people) {
      const row = found.rows.get(keyMatch(person.id));
      const who = describePerson(person);
      if (row === undefined) {
        issues.push(rowMissing(map.sheets.yearSummary, `${who} không có dòng nào`));
        continue;
      }
      const roundTotals: Record<string, number | null> = {};
      for (const [roundId, col] of Object.entries(columns.rounds)) {
        roundTotals[roundId] = cells.number(row, col, `${who}, tổng điểm đợt`);
      }
      people.push({
        personId: person.id,
        roundTotals,
        yearTotal: cells.number(row, columns.yearTotal, `${who}, điểm năm`),
        bandId: cells.text(row, columns.band, `${who}, xếp loại`),
        rankOverall: cells.number(row, columns.rankOverall, `${who}, hạng chung`),
        rankInTeam: cells.number(row, columns.rankInTeam, `${who}, hạng trong ${unitTermsOf(map).group}`),
        ...(columns.rankInRole === undefined
          ? {}
          : { rankInRole: cells.number(row, columns.rankInRole, `${who}, hạng trong cấp học`) }),
        floorsMet: cells.flag(row, columns.floorsMet, `${who}, điểm sàn`),
        missingCount: cells.number(row, columns.missing, `${who}, số tiêu chí chưa chấm`),
        status: statusOf(cells.text(row, columns.status, `${who}, tình trạng`)),
        roundBands: Object.fromEntries(
          Object.entries(columns.roundBands).map(([roundId, col]) => [
            roundId,
            cells.text(row, col, `${who}, xếp loại đợt`),
          ]),
        ),
      });
    }
    issues.push(...cells.issues);
  }
  const teamValues = sheets[map.sheets.teamSummary];
  if (!teamValues) issues.push(missingSheet(map.sheets.teamSummary));
  else {
    const cells = new CellReader(map.sheets.teamSummary, teamValues);
    const words = MESSAGE_WORDS[unitKindOf(map)];
    const { rows, columns } = map.teamSummary;
    const found = teamSummaryRows(teamValues, map);
    issues.push(...found.issues);
    // In the map's order: ids that look like numbers would otherwise come first.
    for (const [teamId] of Object.entries(rows).sort((a, b) => a[1] - b[1])) {
      const row = found.rows.get(keyMatch(teamId));
      if (row === undefined) {
        issues.push(rowMissing(map.sheets.teamSummary, `${words.group} có mã ${teamId} không có dòng nào`));
        continue;
      }
      const name = cells.text(row, columns.name, `tên ${words.group}`) ?? teamId;
      teams.push({
        teamId,
        memberCount: cells.number(row, columns.members, `${words.group} ${name}, ${words.members}`),
        mean: cells.number(row, columns.mean, `${words.group} ${name}, điểm trung bình`),
        rank: cells.number(row, columns.rank, `${words.group} ${name}, xếp hạng`),
      });
    }
    issues.push(...cells.issues);
  }
  return { people, teams, issues };
}
