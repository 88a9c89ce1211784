/**
 * Where things are on the "Đăng ký" sheet. One row per person (mã, họ và tên, tổ, a "ĐK" column per
 * individual title, a "KQ" column per title, then the hồ sơ xét), and below it a block with one row per tổ
 * and a last row for the whole school. The person block keeps `spareRows` empty rows so people added later
 * are still inside the bounded ranges the formulas count over; a school that outgrows them rebuilds the
 * sheet (the builder sizes it to the staff list again).
 */
import type { TargetProfile } from '../../domain/targets';
import type { TitleId } from '../../domain/titles';
import { TITLE_IDS } from '../../domain/titles';
import { rangeAddress, sheetRef } from '../a1';
import { DANG_KY_SHEET } from './constants';

export const DEFAULT_SPARE_ROWS = 20;

export interface PersonColumns {
  stt: number;
  id: number;
  name: number;
  team: number;
  registered: Partial<Record<TitleId, number>>;
  result: Partial<Record<TitleId, number>>;
  rating: number;
  band: number;
  score: number;
  hireDate: number;
  maternity: number;
  discipline: number;
  disciplineDate: number;
  initiatives: number;
  initiativeLevel: number;
  research: number;
  researchLevel: number;
  cstdcsYears: number;
  /** Last day of the discipline's term (NĐ 152/2025 Điều 4 khoản 4 counts achievements from it). */
  disciplineTermEnd: number;
  /** "Có" while a discipline case is under consideration. */
  disciplineReview: number;
}

export interface UnitColumns {
  stt: number;
  id: number;
  name: number;
  members: number;
  rating: number;
  registered: Partial<Record<TitleId, number>>;
  result: Partial<Record<TitleId, number>>;
  eligible: Partial<Record<TitleId, number>>;
  ldttCount: number;
  ldttShare: number;
  cstdcsCount: number;
  disciplined: number;
}

export interface RegistrationLayout {
  sheet: string;
  individualTitles: TitleId[];
  collectiveTitles: TitleId[];
  requireRegistration: boolean;
  /** 0-based rows. */
  person: { groupRow: number; headerRow: number; firstRow: number; lastRow: number; cols: PersonColumns };
  unit: {
    titleRow: number;
    headerRow: number;
    firstRow: number;
    /** Rows of tổ are firstRow … firstRow + teamCount − 1; the school row follows. */
    teamCount: number;
    schoolRow: number;
    cols: UnitColumns;
  };
  /** Last column used by either block, for widths. */
  lastCol: number;
}

function sequence(titles: TitleId[], start: number): Partial<Record<TitleId, number>> {
  return Object.fromEntries(titles.map((t, i) => [t, start + i]));
}

export function registrationLayout(
  profile: TargetProfile,
  staffCount: number,
  teamCount: number,
  spareRows = DEFAULT_SPARE_ROWS,
  sheetName: string = DANG_KY_SHEET,
): RegistrationLayout {
  const individualTitles = TITLE_IDS.filter((t) => profile.individual[t] !== undefined);
  const collectiveTitles = TITLE_IDS.filter((t) => profile.collective[t] !== undefined);
  const n = individualTitles.length;
  const rec = 4 + 2 * n;
  const personCols: PersonColumns = {
    stt: 0,
    id: 1,
    name: 2,
    team: 3,
    registered: sequence(individualTitles, 4),
    result: sequence(individualTitles, 4 + n),
    rating: rec,
    band: rec + 1,
    score: rec + 2,
    hireDate: rec + 3,
    maternity: rec + 4,
    discipline: rec + 5,
    disciplineDate: rec + 6,
    initiatives: rec + 7,
    initiativeLevel: rec + 8,
    research: rec + 9,
    researchLevel: rec + 10,
    cstdcsYears: rec + 11,
    disciplineTermEnd: rec + 12,
    disciplineReview: rec + 13,
  };
  const firstRow = 4;
  const lastRow = firstRow + Math.max(1, staffCount + spareRows) - 1;
  const m = collectiveTitles.length;
  const info = 5 + 3 * m;
  const unitCols: UnitColumns = {
    stt: 0,
    id: 1,
    name: 2,
    members: 3,
    rating: 4,
    registered: sequence(collectiveTitles, 5),
    result: sequence(collectiveTitles, 5 + m),
    eligible: sequence(collectiveTitles, 5 + 2 * m),
    ldttCount: info,
    ldttShare: info + 1,
    cstdcsCount: info + 2,
    disciplined: info + 3,
  };
  const titleRow = lastRow + 2;
  return {
    sheet: sheetName,
    individualTitles,
    collectiveTitles,
    requireRegistration: profile.requireRegistration,
    person: { groupRow: 2, headerRow: 3, firstRow, lastRow, cols: personCols },
    unit: {
      titleRow,
      headerRow: titleRow + 1,
      firstRow: titleRow + 2,
      teamCount,
      schoolRow: titleRow + 2 + teamCount,
      cols: unitCols,
    },
    lastCol: Math.max(personCols.disciplineReview, unitCols.disciplined),
  };
}

/** Absolute range of a person column over all person rows, e.g. $E$5:$E$85. */
export function personColumnRange(layout: RegistrationLayout, col: number, withSheet = false): string {
  const range = rangeAddress(layout.person.firstRow, col, layout.person.lastRow, col, true);
  return withSheet ? `${sheetRef(layout.sheet)}!${range}` : range;
}

/** Absolute range of a unit column over the tổ rows only (not the school row); undefined without tổ. */
export function teamColumnRange(
  layout: RegistrationLayout,
  col: number,
  withSheet = false,
): string | undefined {
  if (layout.unit.teamCount === 0) return undefined;
  const last = layout.unit.firstRow + layout.unit.teamCount - 1;
  const range = rangeAddress(layout.unit.firstRow, col, last, col, true);
  return withSheet ? `${sheetRef(layout.sheet)}!${range}` : range;
}
