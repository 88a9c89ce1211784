/**
 * Builds the "Chỉ tiêu" sheet: one row per target with the number the school edits (yellow cells) and live
 * formulas for đăng ký, có thể đạt, kết quả, chênh lệch and trạng thái over the "Đăng ký" sheet. Results of
 * union and organisation targets are typed in. To the right: the CSTĐCS cap check on the plan (when the
 * profile has the cap) and the small table the native chart is drawn from.
 */
import type { Target, TargetKind, TargetProfile } from '../../domain/targets';
import { OUTCOME_LABELS } from '../../domain/targets';
import type { TitleId } from '../../domain/titles';
import { TITLES } from '../../domain/titles';
import { cellAddress, rangeAddress, sheetRef } from '../a1';
import type { Cell, ConditionalFormatSpec, DataValidationSpec, SheetSpec, StyledRange } from '../grid';
import { formulaCell, valueCell } from '../grid';
import {
  CAP_TEXT,
  CHI_TIEU_SHEET,
  COLOURS,
  NAMES,
  REGISTERED_MARK,
  RESULT_ACHIEVED,
  RESULT_OUT,
} from './constants';
import type { RegistrationLayout } from './registration-layout';
import { personColumnRange, teamColumnRange } from './registration-layout';
import { quote } from './unit-formulas';

/** Columns of the target table (0-based). */
export const TARGET_COLUMNS = {
  stt: 0,
  id: 1,
  label: 2,
  type: 3,
  level: 4,
  count: 5,
  of: 6,
  registered: 7,
  pool: 8,
  result: 9,
  gap: 10,
  status: 11,
  note: 12,
} as const;

export const TARGET_HEADERS: Record<keyof typeof TARGET_COLUMNS, string> = {
  stt: 'STT',
  id: 'Mã',
  label: 'Danh hiệu / hình thức',
  type: 'Loại',
  level: 'Cấp / cơ quan công nhận',
  count: 'Chỉ tiêu',
  of: 'Trên tổng số',
  registered: 'Đăng ký',
  pool: 'Có thể đạt',
  result: 'Kết quả',
  gap: 'Chênh lệch',
  status: 'Trạng thái',
  note: 'Ghi chú',
};

/** What the "Loại" column says, and the kind (and scope) it stands for. */
export const TARGET_TYPES = [
  { label: 'Cá nhân', kind: 'individual' },
  { label: 'Tập thể tổ', kind: 'collective', scope: 'teams' },
  { label: 'Tập thể đơn vị', kind: 'collective', scope: 'school' },
  { label: 'Công đoàn', kind: 'union' },
  { label: 'Xếp loại tổ chức', kind: 'organisationRating' },
  { label: 'Sáng kiến', kind: 'initiativeCount' },
] as const satisfies readonly { label: string; kind: TargetKind; scope?: 'teams' | 'school' }[];

export function targetTypeLabel(target: Target): string {
  const scope = target.kind === 'collective' ? (target.scope ?? 'teams') : undefined;
  return TARGET_TYPES.find((t) => t.kind === target.kind && ('scope' in t ? t.scope === scope : true))!.label;
}

const HEADER_ROW = 3;
const FIRST_ROW = 4;
export const DEFAULT_SPARE_TARGET_ROWS = 10;
/** The right-hand blocks start at column O. */
const SIDE_COL = 14;
const CAP_ROW = 3;
const CHART_ROW = 11;

export interface TargetsLayout {
  sheet: string;
  headerRow: number;
  firstRow: number;
  /** Last row of the table including spare rows. */
  lastRow: number;
  /** Row of each target, by target id. */
  rows: ReadonlyMap<string, number>;
  /** The chart's source table (header row + one row per title target), when there is a title target. */
  chartRange?: string;
  /** Cell holding "Trong giới hạn" / "Vượt giới hạn" for the CSTĐCS cap on the plan. */
  capConclusion?: string;
}

export interface TargetsSheetInput {
  targets: Target[];
  manualResults?: Readonly<Record<string, number>>;
  profile: TargetProfile;
  schoolName: string;
  schoolYear: string;
  registration: RegistrationLayout;
  spareRows?: number;
  /** Another name when "Chỉ tiêu" is taken in the workbook. */
  sheetName?: string;
}

interface Counting {
  registered: string;
  pool: string;
  result: string;
}

function countingOverRanges(id: string, dk: string, kq: string, required: boolean): Counting {
  const who = required ? `${dk},${quote(REGISTERED_MARK)}` : `${id},"<>"`;
  return {
    registered: `COUNTIF(${dk},${quote(REGISTERED_MARK)})`,
    pool: `COUNTIFS(${who},${kq},${quote(`<>${RESULT_OUT}`)})`,
    result: `COUNTIFS(${who},${kq},${quote(RESULT_ACHIEVED)})`,
  };
}

function countingOverSchool(dk: string, kq: string, required: boolean): Counting {
  const reg = `${dk}=${quote(REGISTERED_MARK)}`;
  const open = `${kq}<>${quote(RESULT_OUT)}`;
  const done = `${kq}=${quote(RESULT_ACHIEVED)}`;
  return {
    registered: `IF(${reg},1,0)`,
    pool: required ? `IF(AND(${reg},${open}),1,0)` : `IF(${open},1,0)`,
    result: required ? `IF(AND(${reg},${done}),1,0)` : `IF(${done},1,0)`,
  };
}

/** How a title target is counted on "Đăng ký"; undefined when that sheet has no columns for it. */
function titleCounting(target: Target, reg: RegistrationLayout): Counting | undefined {
  const titleId = target.titleId;
  if (!titleId) return undefined;
  const required = reg.requireRegistration;
  const ref = (row: number, col: number) => `${sheetRef(reg.sheet)}!${cellAddress(row, col, true)}`;
  if (target.kind === 'individual') {
    const dk = reg.person.cols.registered[titleId];
    const kq = reg.person.cols.result[titleId];
    if (dk === undefined || kq === undefined) return undefined;
    return countingOverRanges(
      personColumnRange(reg, reg.person.cols.id, true),
      personColumnRange(reg, dk, true),
      personColumnRange(reg, kq, true),
      required,
    );
  }
  if (target.kind !== 'collective') return undefined;
  const dk = reg.unit.cols.registered[titleId];
  const kq = reg.unit.cols.result[titleId];
  if (dk === undefined || kq === undefined) return undefined;
  if ((target.scope ?? 'teams') === 'school') {
    return countingOverSchool(ref(reg.unit.schoolRow, dk), ref(reg.unit.schoolRow, kq), required);
  }
  const ids = teamColumnRange(reg, reg.unit.cols.id, true);
  const dks = teamColumnRange(reg, dk, true);
  const kqs = teamColumnRange(reg, kq, true);
  return ids && dks && kqs ? countingOverRanges(ids, dks, kqs, required) : undefined;
}

function statusFormula(row: number, withPool: boolean): string {
  const c = TARGET_COLUMNS;
  const [count, result, pool] = [
    cellAddress(row, c.count),
    cellAddress(row, c.result),
    cellAddress(row, c.pool),
  ];
  const short = withPool
    ? `IF(${pool}<${count},${quote(OUTCOME_LABELS.unreachable)},${quote(OUTCOME_LABELS.short)})`
    : quote(OUTCOME_LABELS.short);
  return `=IF(${result}>${count},${quote(OUTCOME_LABELS.over)},IF(${result}=${count},${quote(OUTCOME_LABELS.met)},${short}))`;
}

function usesTitles(target: Target): boolean {
  return target.kind === 'individual' || target.kind === 'collective';
}

function targetRow(
  input: TargetsSheetInput,
  target: Target,
  index: number,
  row: number,
): (Cell | undefined)[] {
  const c = TARGET_COLUMNS;
  const cells: (Cell | undefined)[] = [];
  cells[c.stt] = valueCell(index + 1);
  cells[c.id] = valueCell(target.id);
  cells[c.label] = valueCell(target.awardLabel);
  cells[c.type] = valueCell(targetTypeLabel(target));
  cells[c.level] = target.level ? valueCell(target.level) : undefined;
  cells[c.count] = valueCell(target.count);
  cells[c.of] = target.of !== undefined ? valueCell(target.of) : undefined;
  cells[c.note] = target.note ? valueCell(target.note) : undefined;
  const counting = titleCounting(target, input.registration);
  if (usesTitles(target)) {
    // A title the "Đăng ký" sheet has no column for counts nobody; the flag on the pane says why.
    cells[c.registered] = counting ? formulaCell(counting.registered) : valueCell(0);
    cells[c.pool] = counting ? formulaCell(counting.pool) : valueCell(0);
    cells[c.result] = counting ? formulaCell(counting.result) : valueCell(0);
  } else if (target.kind === 'initiativeCount') {
    const range = personColumnRange(input.registration, input.registration.person.cols.initiatives, true);
    cells[c.result] = formulaCell(`SUM(${range})`);
  } else {
    const entered = input.manualResults?.[target.id];
    cells[c.result] = entered !== undefined ? valueCell(entered) : undefined;
  }
  cells[c.gap] = formulaCell(`${cellAddress(row, c.result)}-${cellAddress(row, c.count)}`);
  cells[c.status] = formulaCell(statusFormula(row, usesTitles(target)));
  return cells;
}

function firstRowOf(targets: Target[], rows: ReadonlyMap<string, number>, titleId: TitleId): number[] {
  return targets
    .filter((t) => t.kind === 'individual' && t.titleId === titleId)
    .map((t) => rows.get(t.id)!)
    .filter((r) => r !== undefined);
}

/** The plan's CSTĐCS cap, live: edits to either target or to the percentage on "Quy chế" show at once. */
function capBlock(
  input: TargetsSheetInput,
  rows: ReadonlyMap<string, number>,
  grid: (Cell | undefined)[][],
): string | undefined {
  const cap = input.profile.caps.cstdcsOfLdtt;
  const ldtt = firstRowOf(input.targets, rows, 'LDTT');
  const cstdcs = firstRowOf(input.targets, rows, 'CSTDCS');
  if (!cap || ldtt.length === 0 || cstdcs.length === 0) return undefined;
  const sum = (rs: number[]) => rs.map((r) => cellAddress(r, TARGET_COLUMNS.count)).join('+');
  const [l, v] = [SIDE_COL, SIDE_COL + 1];
  const at = (r: number, col: number) => cellAddress(r, col);
  const lines: [string, Cell][] = [
    [`Giới hạn CSTĐCS theo số LĐTT (${cap.source})`, valueCell('')],
    ['Tỉ lệ tối đa (%)', formulaCell(NAMES.cstdcsCap)],
    ['Chỉ tiêu LĐTT', formulaCell(sum(ldtt))],
    ['Số CSTĐCS tối đa', formulaCell(`INT(${at(CAP_ROW + 1, v)}*${at(CAP_ROW + 2, v)}/100)`)],
    ['Chỉ tiêu CSTĐCS', formulaCell(sum(cstdcs))],
    [
      'Kết luận',
      formulaCell(
        `IF(${at(CAP_ROW + 4, v)}*100<=${at(CAP_ROW + 1, v)}*${at(CAP_ROW + 2, v)},${quote(CAP_TEXT.within)},${quote(CAP_TEXT.over)})`,
      ),
    ],
  ];
  lines.forEach(([label, cell], i) => {
    grid[CAP_ROW + i][l] = valueCell(label);
    if (i > 0) grid[CAP_ROW + i][v] = cell;
  });
  return at(CAP_ROW + 5, v);
}

export function chartCategory(target: Target): string {
  const short = TITLES[target.titleId!].shortLabel;
  if (target.kind !== 'collective') return short;
  return (target.scope ?? 'teams') === 'school' ? `${short} (đơn vị)` : `${short} (tổ)`;
}

function chartBlock(
  targets: Target[],
  rows: ReadonlyMap<string, number>,
  grid: (Cell | undefined)[][],
): string | undefined {
  const charted = targets.filter((t) => usesTitles(t) && t.titleId && rows.has(t.id));
  if (charted.length === 0) return undefined;
  const [a, b, c] = [SIDE_COL, SIDE_COL + 1, SIDE_COL + 2];
  grid[CHART_ROW - 1][a] = valueCell('Số liệu biểu đồ');
  grid[CHART_ROW][a] = valueCell('Danh hiệu');
  grid[CHART_ROW][b] = valueCell(TARGET_HEADERS.count);
  grid[CHART_ROW][c] = valueCell(TARGET_HEADERS.result);
  charted.forEach((t, i) => {
    const r = rows.get(t.id)!;
    grid[CHART_ROW + 1 + i][a] = valueCell(chartCategory(t));
    grid[CHART_ROW + 1 + i][b] = formulaCell(cellAddress(r, TARGET_COLUMNS.count));
    grid[CHART_ROW + 1 + i][c] = formulaCell(cellAddress(r, TARGET_COLUMNS.result));
  });
  return rangeAddress(CHART_ROW, a, CHART_ROW + charted.length, c);
}

function styles(lastRow: number, input: TargetsSheetInput, rows: ReadonlyMap<string, number>): StyledRange[] {
  const c = TARGET_COLUMNS;
  const list: StyledRange[] = [
    { range: 'A1', style: { bold: true, fontSize: 14 } },
    {
      range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, c.note),
      style: {
        bold: true,
        fill: COLOURS.header,
        wrapText: true,
        borders: true,
        horizontalAlignment: 'center',
        verticalAlignment: 'center',
      },
    },
    { range: rangeAddress(FIRST_ROW, 0, lastRow, c.note), style: { borders: true } },
    { range: rangeAddress(FIRST_ROW, c.label, lastRow, c.level), style: { wrapText: true } },
    {
      range: rangeAddress(FIRST_ROW, c.count, lastRow, c.of),
      style: { fill: '#FFF2CC', locked: false, horizontalAlignment: 'center' },
    },
    {
      range: rangeAddress(FIRST_ROW, c.registered, lastRow, c.status),
      style: { fill: COLOURS.formula, horizontalAlignment: 'center' },
    },
    { range: rangeAddress(CAP_ROW, SIDE_COL, CAP_ROW, SIDE_COL), style: { bold: true } },
    { range: rangeAddress(CHART_ROW - 1, SIDE_COL, CHART_ROW, SIDE_COL + 2), style: { bold: true } },
  ];
  for (const t of input.targets) {
    if (usesTitles(t) || t.kind === 'initiativeCount') continue;
    const r = rows.get(t.id)!;
    list.push({ range: cellAddress(r, c.result), style: { fill: '#FFF2CC', locked: false } });
  }
  return list;
}

function validations(
  lastRow: number,
  input: TargetsSheetInput,
  rows: ReadonlyMap<string, number>,
): DataValidationSpec[] {
  const c = TARGET_COLUMNS;
  const list: DataValidationSpec[] = [
    {
      range: rangeAddress(FIRST_ROW, c.count, lastRow, c.of),
      kind: 'whole',
      min: 0,
      max: 100000,
      errorMessage: 'Chỉ tiêu là số nguyên từ 0 trở lên.',
      prompt: 'Nhập số chỉ tiêu (số nguyên, từ 0 trở lên).',
    },
    {
      range: rangeAddress(FIRST_ROW, c.type, lastRow, c.type),
      kind: 'list',
      list: TARGET_TYPES.map((t) => t.label),
      errorMessage: 'Chọn loại chỉ tiêu trong danh sách.',
    },
  ];
  for (const t of input.targets) {
    if (usesTitles(t) || t.kind === 'initiativeCount') continue;
    list.push({
      range: cellAddress(rows.get(t.id)!, c.result),
      kind: 'whole',
      min: 0,
      max: 100000,
      errorMessage: 'Kết quả là số nguyên từ 0 trở lên.',
    });
  }
  return list;
}

function outcomeFormats(lastRow: number): ConditionalFormatSpec[] {
  const range = rangeAddress(FIRST_ROW, TARGET_COLUMNS.status, lastRow, TARGET_COLUMNS.status);
  return [
    { range, equals: OUTCOME_LABELS.met, fill: COLOURS.good, fontColor: COLOURS.goodText },
    { range, equals: OUTCOME_LABELS.over, fill: COLOURS.over, fontColor: COLOURS.overText },
    { range, equals: OUTCOME_LABELS.short, fill: COLOURS.warn, fontColor: COLOURS.warnText },
    { range, equals: OUTCOME_LABELS.unreachable, fill: COLOURS.bad, fontColor: COLOURS.badText },
  ];
}

export function buildTargetsSheet(input: TargetsSheetInput): { sheet: SheetSpec; layout: TargetsLayout } {
  const spare = input.spareRows ?? DEFAULT_SPARE_TARGET_ROWS;
  const lastRow = FIRST_ROW + input.targets.length + spare - 1;
  const chartRows = CHART_ROW + 1 + input.targets.length;
  const grid: (Cell | undefined)[][] = Array.from({ length: Math.max(lastRow, chartRows) + 1 }, () => []);
  grid[0][0] = valueCell(`CHỈ TIÊU THI ĐUA NĂM HỌC ${input.schoolYear}`);
  grid[1][0] = valueCell(`${input.schoolName}. Quy chế xét: ${input.profile.label}. Ô màu vàng sửa được.`);
  for (const [key, col] of Object.entries(TARGET_COLUMNS)) {
    grid[HEADER_ROW][col] = valueCell(TARGET_HEADERS[key as keyof typeof TARGET_COLUMNS]);
  }
  const rows = new Map<string, number>();
  input.targets.forEach((target, i) => {
    const row = FIRST_ROW + i;
    if (!rows.has(target.id)) rows.set(target.id, row);
    grid[row] = targetRow(input, target, i, row);
  });
  const capConclusion = capBlock(input, rows, grid);
  const chartRange = chartBlock(input.targets, rows, grid);
  const sheetName = input.sheetName ?? CHI_TIEU_SHEET;
  const sheet: SheetSpec = {
    name: sheetName,
    cells: grid,
    columnWidths: [35, 90, 220, 100, 170, 60, 60, 60, 65, 60, 65, 95, 160, 20, 230, 70, 70],
    styles: styles(lastRow, input, rows),
    merges: [rangeAddress(0, 0, 0, TARGET_COLUMNS.note), rangeAddress(1, 0, 1, TARGET_COLUMNS.note)],
    freeze: { rows: HEADER_ROW + 1, columns: 3 },
    validations: validations(lastRow, input, rows),
    conditionalFormats: outcomeFormats(lastRow),
    tabColor: '#ED7D31',
  };
  return {
    sheet,
    layout: {
      sheet: sheetName,
      headerRow: HEADER_ROW,
      firstRow: FIRST_ROW,
      lastRow,
      rows,
      ...(chartRange ? { chartRange } : {}),
      ...(capConclusion ? { capConclusion } : {}),
    },
  };
}

/** The cell holding a target's number, so a flag about it leads there. */
export function targetCellLocation(
  layout: TargetsLayout,
  targetId: string,
): { sheet: string; address: string } | undefined {
  const row = layout.rows.get(targetId);
  return row === undefined
    ? undefined
    : { sheet: layout.sheet, address: cellAddress(row, TARGET_COLUMNS.count) };
}
