/**
 * Names of the sheets and workbook names a scoring workbook uses. A second template in the same workbook
 * gets new sheet names ("Đợt 1 (2)") and suffixed workbook names ("TD_TongDiem_2"): nothing is overwritten.
 */
import { uniqueSheetName } from '../../domain/text';

export const BASE_SHEET_NAMES = {
  quyChe: 'Quy chế',
  staff: 'Danh sách',
  criteria: 'Tiêu chí',
  yearSummary: 'Tổng hợp năm',
  teamSummary: 'Tổng hợp tổ',
} as const;

export const BASE_WORKBOOK_NAMES = {
  totalPoints: 'TD_TongDiem',
  roundWeights: 'TD_TrongSoDot',
  bandIds: 'TD_XepLoaiMa',
  bandMins: 'TD_XepLoaiDiemToiThieu',
  bandRequiresFloors: 'TD_XepLoaiCanDiemSan',
  yearTotals: 'TD_DiemNam',
  yearBands: 'TD_XepLoaiNam',
} as const;

export type WorkbookNames = { -readonly [K in keyof typeof BASE_WORKBOOK_NAMES]: string };

/** Hands out sheet names, never one already in the workbook or already handed out (case-insensitive). */
export class SheetNamer {
  private readonly taken: string[];

  constructor(existing: readonly string[]) {
    this.taken = [...existing];
  }

  take(base: string): string {
    const name = uniqueSheetName(base, this.taken);
    this.taken.push(name);
    return name;
  }
}

/** The workbook names, suffixed "_2", "_3"… when a name is already defined in the workbook. */
export function workbookNames(existingNames: readonly string[], forceSuffix: boolean): WorkbookNames {
  const taken = new Set(existingNames.map((name) => name.toUpperCase()));
  const bases = Object.values(BASE_WORKBOOK_NAMES);
  const free = (suffix: string) => bases.every((base) => !taken.has(`${base}${suffix}`.toUpperCase()));
  let suffix = '';
  if (forceSuffix || !free('')) {
    let n = 2;
    while (!free(`_${n}`)) n++;
    suffix = `_${n}`;
  }
  const names = {} as WorkbookNames;
  for (const key of Object.keys(BASE_WORKBOOK_NAMES) as (keyof WorkbookNames)[]) {
    names[key] = `${BASE_WORKBOOK_NAMES[key]}${suffix}`;
  }
  return names;
}
