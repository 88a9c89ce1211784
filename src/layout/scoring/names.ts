/**
 * Names of the sheets and workbook names a scoring workbook uses. A second template in the same workbook
 * gets new sheet names ("Đợt 1 (2)") and suffixed workbook names ("TD_TongDiem_2"): nothing is overwritten.
 */
import type { ScoringConfig, ScoringMonth, ScoringRound } from '../../domain/scoring/types';
import { UNIT_TERMS } from '../../domain/school/units';
import type { UnitKind } from '../../domain/school/units';
import { FreeSheetNames } from '../sheet-namer';

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

/** The sheets of one scoring workbook, as chosen when it was built (recorded on "Quy chế"). */
export interface ScoringSheetNames {
  quyChe: string;
  staff: string;
  criteria: string;
  /** One per scored period (a round, or a month of a monthly round), in `scoringPeriods` order. */
  periods: string[];
  yearSummary: string;
  teamSummary: string;
}

/** The scored periods: each round, or each month of a monthly round, in order. */
export function scoringPeriods(
  config: Pick<ScoringConfig, 'rounds'>,
): { round: ScoringRound; month?: ScoringMonth }[] {
  return config.rounds.flatMap((round): { round: ScoringRound; month?: ScoringMonth }[] =>
    round.months ? round.months.map((month) => ({ round, month })) : [{ round }],
  );
}

/** "Đợt 1" or "Đợt 1 – Tháng 9": a period's label, and the base of its sheet's name. */
export function periodLabel(round: ScoringRound, month?: ScoringMonth): string {
  return month ? `${round.label} – ${month.label}` : round.label;
}

/**
 * Names for every sheet, none equal to a sheet already in the workbook, in the order the sheets appear.
 * A workbook of schools names its list and group summary in its words ("Danh sách trường", "Tổng hợp cụm").
 */
export function chooseSheetNames(
  config: Pick<ScoringConfig, 'rounds'>,
  existing: readonly string[],
  kind: UnitKind = 'staff',
): ScoringSheetNames {
  const namer = new FreeSheetNames(existing);
  const terms = UNIT_TERMS[kind];
  const quyChe = namer.take(BASE_SHEET_NAMES.quyChe);
  const staff = namer.take(terms.listSheet);
  const criteria = namer.take(BASE_SHEET_NAMES.criteria);
  const periods = scoringPeriods(config).map(({ round, month }) => namer.take(periodLabel(round, month)));
  return {
    quyChe,
    staff,
    criteria,
    periods,
    yearSummary: namer.take(BASE_SHEET_NAMES.yearSummary),
    teamSummary: namer.take(terms.groupSummarySheet),
  };
}

/** The workbook names of a template whose total-points name is `totalPoints` ("TD_TongDiem_2" → "_2"). */
export function workbookNamesFrom(totalPoints: string): WorkbookNames | undefined {
  const base = BASE_WORKBOOK_NAMES.totalPoints;
  if (!totalPoints.toUpperCase().startsWith(base.toUpperCase())) return undefined;
  const suffix = totalPoints.slice(base.length);
  if (!/^(_\d+)?$/.test(suffix)) return undefined;
  const names = {} as WorkbookNames;
  for (const key of Object.keys(BASE_WORKBOOK_NAMES) as (keyof WorkbookNames)[]) {
    names[key] = `${BASE_WORKBOOK_NAMES[key]}${suffix}`;
  }
  return names;
}
