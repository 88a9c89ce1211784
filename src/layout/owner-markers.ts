/**
 * Workbook names marking the sheets Thi Đua made. A name follows its sheet through renames, so the add-in
 * finds its own sheets by these marks, never by their names, and never takes a user's sheet for one of ours.
 *
 * - Role markers (`TD_Sheet_ChiTieu` → 'Chỉ tiêu'!$A$1) say which part a sheet plays; one per role, the
 *   newest template's sheet holding it.
 * - Older workbooks carry only numbered markers (`TD_AddinSheet_1`), which say "ours" but not which part;
 *   they are still read, and still written for sheets the add-in adds outside a case (exported papers).
 *
 * Both adapters write them (the add-in hides them; ExcelJS cannot), so a workbook made by `thidua new` is
 * recognised as Thi Đua's when opened in Excel.
 */
import { sheetRef } from './a1';
import type { NamedRangeSpec } from './grid';
import { parseNameReference, sameSheetName } from './sheet-rules';

export const OWNER_MARKER_PREFIX = 'TD_AddinSheet_';
export const ROLE_MARKER_PREFIX = 'TD_Sheet_';

/** The part a sheet plays in a case workbook. Round sheets are `period.1`, `period.2`… in scoring order. */
export type SheetRole =
  | 'quyChe'
  | 'staff'
  | 'criteria'
  | 'yearSummary'
  | 'teamSummary'
  | 'targets'
  | 'registration'
  | 'ballotLog'
  | 'count'
  | 'minutes'
  | 'history'
  | `period.${number}`;

const ROLE_WORDS: Record<Exclude<SheetRole, `period.${number}`>, string> = {
  quyChe: 'QuyChe',
  staff: 'DanhSach',
  criteria: 'TieuChi',
  yearSummary: 'TongHopNam',
  teamSummary: 'TongHopTo',
  targets: 'ChiTieu',
  registration: 'DangKy',
  ballotLog: 'NhatKyPhieu',
  count: 'KiemPhieu',
  minutes: 'BienBanKiemPhieu',
  history: 'LichSu',
};

const PERIOD = /^period\.(\d+)$/;

/** "TD_Sheet_ChiTieu" for 'targets', "TD_Sheet_Dot_2" for 'period.2'. */
export function roleMarkerName(role: SheetRole): string {
  const period = PERIOD.exec(role);
  if (period) return `${ROLE_MARKER_PREFIX}Dot_${period[1]}`;
  return `${ROLE_MARKER_PREFIX}${ROLE_WORDS[role as keyof typeof ROLE_WORDS]}`;
}

/** The role a marker name stands for, or undefined for any other name (compared without case, as Excel). */
export function roleOfMarker(name: string): SheetRole | undefined {
  const upper = name.toUpperCase();
  if (!upper.startsWith(ROLE_MARKER_PREFIX.toUpperCase())) return undefined;
  const word = name.slice(ROLE_MARKER_PREFIX.length);
  const period = /^Dot_(\d+)$/i.exec(word);
  if (period) return `period.${Number(period[1])}`;
  const found = Object.entries(ROLE_WORDS).find(([, w]) => w.toUpperCase() === word.toUpperCase());
  return found ? (found[0] as SheetRole) : undefined;
}

export function isOwnerMarker(name: string): boolean {
  return name.toUpperCase().startsWith(OWNER_MARKER_PREFIX.toUpperCase()) || roleOfMarker(name) !== undefined;
}

/** Role markers for the sheets of a case workbook: one workbook name per role, pointing at its A1. */
export function roleMarkerNames(roles: ReadonlyMap<SheetRole, string>): NamedRangeSpec[] {
  return [...roles].map(([role, sheet]) => ({
    name: roleMarkerName(role),
    reference: `${sheetRef(sheet)}!$A$1`,
  }));
}

/** Numbered markers ("ours", no role), as the CLI has always written them. */
export function ownerMarkerNames(sheetNames: readonly string[], firstNumber = 1): NamedRangeSpec[] {
  return sheetNames.map((sheet, i) => ({
    name: `${OWNER_MARKER_PREFIX}${firstNumber + i}`,
    reference: `${sheetRef(sheet)}!$A$1`,
  }));
}

/** A workbook name as either adapter reads it: ExcelJS gives `reference`, Office.js a `formula` ("='X'!$A$1"). */
export interface WorkbookName {
  name: string;
  reference: string;
}

export interface SheetOwnership {
  /** Role → the sheet holding it now, as the workbook spells it (only sheets that exist). */
  roles: Map<SheetRole, string>;
  /** Every sheet carrying a marker of either kind. */
  owned: string[];
  /** Whether the workbook carries any marker: then a sheet without one is never ours. */
  marked: boolean;
}

/** Reads the markers of a workbook against the sheets it has (a marker left pointing at #REF! is ignored). */
export function readOwnership(names: readonly WorkbookName[], sheetNames: readonly string[]): SheetOwnership {
  const roles = new Map<SheetRole, string>();
  const owned: string[] = [];
  let marked = false;
  for (const { name, reference } of names) {
    if (!isOwnerMarker(name)) continue;
    marked = true;
    const target = parseNameReference(reference)?.sheet;
    const sheet = target === undefined ? undefined : sheetNames.find((s) => sameSheetName(s, target));
    if (sheet === undefined) continue;
    if (!owned.includes(sheet)) owned.push(sheet);
    const role = roleOfMarker(name);
    if (role) roles.set(role, sheet);
  }
  return { roles, owned, marked };
}
