/**
 * Reads back what scoring put on "Quy chế" (quy-che-scoring.ts): the school, the total points and levels,
 * the rounds with their months and weights, the bands, the roles and tổ, and the recorded sheet names.
 * Settings are found by key and tables by title, so rows another area adds never shift what is read;
 * values the user edited (weights, minima, floors flag, total) are read as they are now.
 */
import type { DomainIssue } from '../../domain/issues';
import { LEVEL_LABELS } from '../../domain/scoring/describe';
import { keyProblem } from '../../domain/scoring/keys';
import type { KeyKind } from '../../domain/scoring/keys';
import { ASSESSMENT_LEVELS } from '../../domain/scoring/types';
import type { AssessmentLevel, Band, ScoringMonth, ScoringRound } from '../../domain/scoring/types';
import type { Role, SchoolInfo, Team } from '../../domain/school/types';
import type { UnitKind } from '../../domain/school/units';
import type { CellValue } from '../grid';
import { QUY_CHE_COLUMNS } from '../quy-che/entries';
import { findQuyCheTable, locateQuyCheEntries } from '../quy-che/read';
import type { FoundQuyCheTable, QuyCheEntryCell } from '../quy-che/read';
import { CellReader, cellText, isBlankCell, textKey } from './cell-reader';
import { workbookNamesFrom } from './names';
import type { WorkbookNames } from './names';
import {
  NOT_MONTHLY,
  QUY_CHE_KEYS,
  REQUIRES_FLOORS_NO,
  REQUIRES_FLOORS_YES,
  SHEET_KEYS,
  TABLE_TITLES,
} from './quy-che-scoring';
import { levelWords, QUY_CHE_WORDS, UNIT_KIND_ENTRY, UNIT_KIND_TEXT } from './unit-words';

export interface QuyCheScoring {
  /** Who the workbook scores: "staff" unless "Quy chế" says schools (UNIT_KIND_ENTRY). */
  unitKind: UnitKind;
  info: SchoolInfo;
  totalPoints: number;
  levels: AssessmentLevel[];
  rounds: ScoringRound[];
  bands: Band[];
  roles: Role[];
  teams: Team[];
  /** Sheet-name settings ("sheet.…" keys) as found; readScoringWorkbook resolves them. */
  sheetEntries: Map<string, QuyCheEntryCell>;
  /** Undefined when not recorded (or not a name this version writes): the base names are used. */
  workbookNames?: WorkbookNames;
  issues: DomainIssue[];
}

/** Total points when the cell is unusable: the usual total of a bảng lượng hóa. */
const DEFAULT_TOTAL_POINTS = 100;

/** What each setting is, for messages about a missing row. */
const SETTING_LABELS: Record<string, string> = {
  [QUY_CHE_KEYS.schoolName]: 'Tên trường',
  [QUY_CHE_KEYS.schoolYear]: 'Năm học',
  [QUY_CHE_KEYS.parentBody]: 'Cơ quan cấp trên',
  [QUY_CHE_KEYS.place]: 'Địa danh',
  [QUY_CHE_KEYS.yearStart]: 'Ngày bắt đầu năm học',
  [QUY_CHE_KEYS.yearEnd]: 'Ngày kết thúc năm học',
  [QUY_CHE_KEYS.totalPoints]: 'Tổng điểm của bảng',
  [QUY_CHE_KEYS.levels]: 'Các mức đánh giá',
};

/** True when the sheet carries Thi Đua's scoring settings at all. */
export function hasScoringSettings(values: CellValue[][]): boolean {
  const entries = locateQuyCheEntries(values);
  return entries.has(QUY_CHE_KEYS.schoolName) || entries.has(QUY_CHE_KEYS.totalPoints);
}

function levelFor(text: string): AssessmentLevel | undefined {
  const key = textKey(text);
  return ASSESSMENT_LEVELS.find((level) => levelWords(level).some((word) => key === textKey(word)));
}

class QuyCheScoringReader {
  readonly cells: CellReader;
  readonly entries: Map<string, QuyCheEntryCell>;

  constructor(
    readonly sheet: string,
    readonly values: CellValue[][],
  ) {
    this.cells = new CellReader(sheet, values);
    this.entries = locateQuyCheEntries(values);
  }

  issue(code: string, severity: DomainIssue['severity'], message: string): void {
    this.cells.issues.push({ code, severity, message });
  }

  /** The entry of a setting the build always writes; a missing row is reported. */
  entry(key: string, consequence: string): QuyCheEntryCell | undefined {
    const found = this.entries.get(key);
    if (!found) {
      this.issue(
        'workbook.setting-missing',
        'error',
        `Trang "${this.sheet}" không có dòng thiết lập "${SETTING_LABELS[key] ?? key}" (khóa ${key} ở cột A): ${consequence}. Hãy thêm lại dòng này hoặc tạo lại mẫu.`,
      );
    }
    return found;
  }

  text(key: string): string {
    const found = this.entry(key, 'giá trị này được để trống');
    return found ? cellText(found.value) : '';
  }

  date(key: string): string {
    const found = this.entry(key, 'ngày này được để trống');
    if (!found) return '';
    return this.cells.date(found.row, QUY_CHE_COLUMNS.value, SETTING_LABELS[key] ?? key) ?? '';
  }

  table(title: string, columnCount: number, consequence: string): FoundQuyCheTable | undefined {
    const found = findQuyCheTable(this.values, title, columnCount);
    if (!found) {
      this.issue(
        'workbook.table-missing',
        'error',
        `Trang "${this.sheet}" không có bảng "${title}" (tiêu đề ở cột A): ${consequence}. Hãy tạo lại mẫu.`,
      );
    }
    return found;
  }

  /** The row's code (first column); a row with content but no code is reported and skipped. */
  code(row: { row: number; values: CellValue[] }, columns: number[], what: string): string | undefined {
    const code = cellText(row.values[0]);
    if (code !== '') return code;
    this.cells.report(
      'workbook.row-without-code',
      'error',
      row.row,
      columns[0],
      `dòng này có nội dung (${row.values
        .filter((v) => !isBlankCell(v))
        .map(cellText)
        .join('; ')}) nhưng chưa có ${what} nên không được đọc. Hãy nhập ${what}.`,
    );
    return undefined;
  }

  info(): SchoolInfo {
    const principal = this.entries.get(QUY_CHE_KEYS.principal);
    const principalName = principal ? cellText(principal.value) : '';
    return {
      name: this.text(QUY_CHE_KEYS.schoolName),
      schoolYear: this.text(QUY_CHE_KEYS.schoolYear),
      parentBody: this.text(QUY_CHE_KEYS.parentBody),
      place: this.text(QUY_CHE_KEYS.place),
      yearStart: this.date(QUY_CHE_KEYS.yearStart),
      yearEnd: this.date(QUY_CHE_KEYS.yearEnd),
      ...(principalName === '' ? {} : { principalName }),
    };
  }

  totalPoints(): number {
    const found = this.entry(QUY_CHE_KEYS.totalPoints, `tổng điểm được tạm tính là ${DEFAULT_TOTAL_POINTS}`);
    if (!found) return DEFAULT_TOTAL_POINTS;
    return (
      this.cells.number(found.row, QUY_CHE_COLUMNS.value, 'Tổng điểm của bảng', {
        fallback: DEFAULT_TOTAL_POINTS,
        above: true,
      }) ?? DEFAULT_TOTAL_POINTS
    );
  }

  levels(): AssessmentLevel[] {
    const found = this.entry(QUY_CHE_KEYS.levels, 'không biết trang chấm điểm có những mức nào');
    if (!found) return [];
    const levels: AssessmentLevel[] = [];
    for (const part of cellText(found.value).split(',')) {
      if (part.trim() === '') continue;
      const level = levelFor(part);
      if (level === undefined) {
        const known = ASSESSMENT_LEVELS.map((l) => `"${LEVEL_LABELS[l]}"`).join(', ');
        this.cells.report(
          'settings.unknown-level',
          'error',
          found.row,
          QUY_CHE_COLUMNS.value,
          `mức đánh giá "${part.trim()}" không có trong Thi Đua nên bị bỏ qua. Các mức là ${known}.`,
        );
      } else if (!levels.includes(level)) levels.push(level);
    }
    return levels;
  }

  months(roundIds: Set<string>): Map<string, ScoringMonth[]> {
    const byRound = new Map<string, ScoringMonth[]>();
    const table = findQuyCheTable(this.values, TABLE_TITLES.months, 3);
    if (!table) return byRound;
    for (const row of table.rows) {
      const roundId = this.code(row, table.columns, 'mã đợt');
      if (roundId === undefined) continue;
      const id = cellText(row.values[1]);
      if (id === '') {
        this.cells.report(
          'workbook.row-without-code',
          'error',
          row.row,
          table.columns[1],
          `tháng "${cellText(row.values[2])}" của đợt ${roundId} chưa có mã tháng nên không được đọc. Hãy nhập mã tháng.`,
        );
        continue;
      }
      if (!roundIds.has(roundId)) {
        this.cells.report(
          'workbook.month-unknown-round',
          'error',
          row.row,
          table.columns[0],
          `tháng ${id} thuộc đợt "${roundId}" không có trong bảng "${TABLE_TITLES.rounds}" nên không được chấm. Hãy sửa mã đợt.`,
        );
      }
      byRound.set(roundId, [...(byRound.get(roundId) ?? []), { id, label: cellText(row.values[2]) }]);
    }
    return byRound;
  }

  rounds(): ScoringRound[] {
    const table = this.table(TABLE_TITLES.rounds, 6, 'không đọc được đợt thi đua nào');
    if (!table) return [];
    const rounds: { round: ScoringRound; row: number; monthsText: string }[] = [];
    for (const row of table.rows) {
      const id = this.code(row, table.columns, 'mã đợt');
      if (id === undefined) continue;
      const label = cellText(row.values[1]);
      const [start, end, weight] = [2, 3, 4].map((i) => table.columns[i]);
      rounds.push({
        row: row.row,
        monthsText: cellText(row.values[5]),
        round: {
          id,
          label,
          start: this.cells.date(row.row, start, `Ngày bắt đầu ${label}`) ?? '',
          end: this.cells.date(row.row, end, `Ngày kết thúc ${label}`) ?? '',
          weight: this.cells.number(row.row, weight, `Trọng số ${label}`, { fallback: 0 }) ?? 0,
        },
      });
    }
    const months = this.months(new Set(rounds.map((r) => r.round.id)));
    return rounds.map(({ round, row, monthsText }) => {
      const listed = months.get(round.id);
      if (listed) return { ...round, months: listed };
      if (textKey(monthsText) === textKey(NOT_MONTHLY)) return round;
      if (monthsText === '') return { ...round, months: [] };
      this.cells.report(
        'workbook.months-without-codes',
        'error',
        row,
        table.columns[5],
        `${round.label} chấm theo tháng (${monthsText}) nhưng bảng "${TABLE_TITLES.months}" không có tháng nào của đợt ${round.id}, nên đợt được đọc như chấm một lần. Hãy tạo lại mẫu.`,
      );
      return round;
    });
  }

  bands(): Band[] {
    const table = this.table(TABLE_TITLES.bands, 6, 'không đọc được mức xếp loại nào');
    if (!table) return [];
    const bands: Band[] = [];
    for (const row of table.rows) {
      const id = this.code(row, table.columns, 'mã xếp loại');
      if (id === undefined) continue;
      const flag = row.values[3];
      let requiresFloors = false;
      if (flag === true || textKey(cellText(flag)) === textKey(REQUIRES_FLOORS_YES)) requiresFloors = true;
      else if (flag !== false && textKey(cellText(flag)) !== textKey(REQUIRES_FLOORS_NO)) {
        // The band formulas treat anything but "Có" as "no floors needed": the domain does the same.
        this.cells.report(
          'settings.not-yes-no',
          'error',
          row.row,
          table.columns[3],
          `xếp loại ${id} có "${cellText(flag)}" ở cột "Cần đạt điểm sàn mọi tiêu chí" nên tạm tính là "${REQUIRES_FLOORS_NO}". Hãy chọn "${REQUIRES_FLOORS_YES}" hoặc "${REQUIRES_FLOORS_NO}".`,
        );
      }
      bands.push({
        id,
        label: cellText(row.values[1]),
        min:
          this.cells.number(row.row, table.columns[2], `Điểm tối thiểu của xếp loại ${id}`, {
            fallback: 0,
          }) ?? 0,
        requiresFloors,
        fill: cellText(row.values[4]),
        fontColor: cellText(row.values[5]),
      });
    }
    return bands;
  }

  /** Roles or tổ: code and name. */
  pairs(title: string, what: string, key?: KeyKind): { id: string; name: string }[] {
    const table = this.table(title, 2, `không đọc được ${what} nào`);
    if (!table) return [];
    return table.rows.flatMap((row) => {
      const id = this.code(row, table.columns, `mã ${what}`);
      if (id === undefined) return [];
      // A mã tổ is what the summaries count by (COUNTIFS, MATCH): it must be a safe key.
      const problem = key && keyProblem(id, key)?.replace(/^Mã tổ/, `Mã ${what}`);
      if (problem) this.cells.report('workbook.unsafe-key', 'error', row.row, table.columns[0], problem);
      return [{ id, name: cellText(row.values[1]) }];
    });
  }

  /** Schools when the setting says so; a missing setting is a staff workbook (every earlier file). */
  unitKind(): UnitKind {
    const found = this.entries.get(UNIT_KIND_ENTRY.key);
    if (!found) return 'staff';
    const text = cellText(found.value);
    if (textKey(text) === textKey(UNIT_KIND_TEXT.school) || textKey(text) === 'school') return 'school';
    if (text !== '' && textKey(text) !== textKey(UNIT_KIND_TEXT.staff) && textKey(text) !== 'staff') {
      this.cells.report(
        'workbook.unit-kind-unreadable',
        'warning',
        found.row,
        QUY_CHE_COLUMNS.value,
        `"${UNIT_KIND_ENTRY.label}" ghi "${text}" nên sổ được đọc như sổ chấm cán bộ, giáo viên, nhân viên. Hãy ghi "${UNIT_KIND_TEXT.school}" cho sổ chấm điểm các trường, hoặc tạo lại mẫu.`,
      );
    }
    return 'staff';
  }

  workbookNames(): WorkbookNames | undefined {
    const found = this.entries.get(SHEET_KEYS.totalPointsName);
    if (!found) return undefined;
    const names = workbookNamesFrom(cellText(found.value));
    if (!names) {
      this.cells.report(
        'workbook.names-unreadable',
        'warning',
        found.row,
        QUY_CHE_COLUMNS.value,
        `"${cellText(found.value)}" không phải là tên vùng tổng điểm của Thi Đua (ví dụ TD_TongDiem hoặc TD_TongDiem_2) nên tên mặc định được dùng. Hãy khôi phục giá trị cũ.`,
      );
    }
    return names;
  }
}

/** Everything scoring wrote on "Quy chế", read back from its values. */
export function readQuyCheScoring(values: CellValue[][], sheet: string): QuyCheScoring {
  const read = new QuyCheScoringReader(sheet, values);
  const unitKind = read.unitKind();
  const words = QUY_CHE_WORDS[unitKind];
  const info = read.info();
  const totalPoints = read.totalPoints();
  const levels = read.levels();
  const rounds = read.rounds();
  const bands = read.bands();
  const schools = unitKind === 'school';
  // A cấp học is a COUNTIFS criterion (the rank within it): a safe key, as a mã cụm is.
  const roles = read
    .pairs(words.rolesTitle, schools ? 'cấp học' : 'vai trò', schools ? 'team' : undefined)
    .map(({ id, name }) => ({ id, label: name }));
  const teams = read.pairs(words.teamsTitle, schools ? 'cụm' : 'tổ', 'team');
  const sheetEntries = new Map([...read.entries].filter(([key]) => key.startsWith('sheet.')));
  const workbookNames = read.workbookNames();
  return {
    unitKind,
    info,
    totalPoints,
    levels,
    rounds,
    bands,
    roles,
    teams,
    sheetEntries,
    ...(workbookNames ? { workbookNames } : {}),
    issues: read.cells.issues,
  };
}
