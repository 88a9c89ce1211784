/**
 * Where everything is in a scoring workbook: the Scores panel selects a cell for an issue with it, and the
 * readers turn sheet values back into inputs and results with it. Rows and columns are 0-based; the map is
 * plain JSON so it can be kept beside the workbook.
 */
import { cellAddress } from '../a1';
import type { CellLocation } from '../../domain/issues';
import type { AssessmentLevel, CriterionKind } from '../../domain/scoring/types';
import type { QuyCheLayout } from '../quy-che/build';
import type { UnitKind } from '../../domain/school/units';

export interface CriterionColumns {
  /** Input column of each level the workbook carries. */
  levels: Partial<Record<AssessmentLevel, number>>;
  /** Formula column with the criterion's score. */
  score: number;
}

export interface ScoreSheetMap {
  sheetName: string;
  roundId: string;
  monthId?: string;
  /** "Đợt 1" or "Đợt 1 – Tháng 9", as messages name the period. */
  label: string;
  /** Row of each person: as built, or as found by key when read back (readScoringWorkbook). */
  rows: Record<string, number>;
  /** The row holding each criterion's maximum (in its score column, linked to "Tiêu chí"). */
  maxRow: number;
  criteria: Record<string, CriterionColumns>;
  columns: {
    rawSum: number;
    applicableMax: number;
    bonus: number;
    total: number;
    floorsMet: number;
    missing: number;
    /** Applicable non-bonus criteria filled in: 0 means the period is not scored yet. */
    scoredCount: number;
  };
}

/** What the readers need to know about a criterion without the config. */
export interface MappedCriterion {
  id: string;
  label: string;
  kind: CriterionKind;
  /** Points: maximum; deduction: starting points; bonus: cap (as built; the sheet may since be edited). */
  max: number;
}

export interface MappedPerson {
  id: string;
  fullName: string;
  teamId: string;
  /** Criteria applying to the person's role, in the order of "Tiêu chí" (by section). */
  criteria: string[];
}

export interface ScoringWorkbookMap {
  /** Set ("school") for a Phòng's workbook of schools only; absent for a staff workbook (unitKindOf). */
  unitKind?: UnitKind;
  sheets: {
    quyChe: string;
    staff: string;
    criteria: string;
    yearSummary: string;
    teamSummary: string;
  };
  /** One per round, or per month of a monthly round, in order. */
  scoreSheets: ScoreSheetMap[];
  levels: AssessmentLevel[];
  people: MappedPerson[];
  criteria: MappedCriterion[];
  /** Row of each person on "Danh sách". */
  staffRows: Record<string, number>;
  /** Row of each criterion on "Tiêu chí", and the columns of its editable settings. */
  criteriaRows: Record<string, number>;
  criteriaColumns: { max: number; step: number; floor: number };
  quyChe: QuyCheLayout;
  yearSummary: {
    rows: Record<string, number>;
    /** Row of the round weights (linked to "Quy chế"). */
    weightRow: number;
    columns: {
      code: number;
      name: number;
      team: number;
      role: number;
      teamCode: number;
      rounds: Record<string, number>;
      /** 1 when some period of the round is scored, else 0. */
      roundScored: Record<string, number>;
      yearTotal: number;
      band: number;
      rankOverall: number;
      rankInTeam: number;
      /** Workbook of schools only: the rank within the cấp học, counted by `roleCode`. */
      rankInRole?: number;
      /** Workbook of schools only: the mã cấp học, a value (the key the rank within it counts by). */
      roleCode?: number;
      floorsMet: number;
      missing: number;
      /** "Chưa chấm", "Tạm tính" or blank (every period scored). */
      status: number;
      /** The band of each round; blank until the round is scored. */
      roundBands: Record<string, number>;
    };
  };
  teamSummary: {
    rows: Record<string, number>;
    columns: { code: number; name: number; members: number; mean: number; rank: number };
  };
  /** Workbook names the formulas use. */
  names: {
    totalPoints: string;
    roundWeights: string;
    bandIds: string;
    bandMins: string;
    bandRequiresFloors: string;
    yearTotals?: string;
    yearBands?: string;
  };
}

/** Text a floors-met cell shows. */
export const FLOORS_MET = 'Đạt';
export const FLOORS_NOT_MET = 'Chưa đạt';

function location(sheet: string, row: number | undefined, col: number | undefined): CellLocation | undefined {
  return row === undefined || col === undefined ? undefined : { sheet, address: cellAddress(row, col) };
}

export function findScoreSheet(
  map: ScoringWorkbookMap,
  roundId: string,
  monthId?: string,
): ScoreSheetMap | undefined {
  return map.scoreSheets.find((sheet) => sheet.roundId === roundId && sheet.monthId === monthId);
}

/** The input cell of a level, or the criterion's score cell when no level is given. */
export function scoreCellLocation(
  map: ScoringWorkbookMap,
  where: {
    personId: string;
    roundId: string;
    monthId?: string;
    criterionId: string;
    level?: AssessmentLevel;
  },
): CellLocation | undefined {
  const sheet = findScoreSheet(map, where.roundId, where.monthId);
  if (!sheet) return undefined;
  const columns = sheet.criteria[where.criterionId];
  const col = where.level === undefined ? columns?.score : columns?.levels[where.level];
  return location(sheet.sheetName, sheet.rows[where.personId], col);
}

export type YearSummaryField =
  'yearTotal' | 'band' | 'rankOverall' | 'rankInTeam' | 'rankInRole' | 'floorsMet' | 'missing';

/** A person's cell on "Tổng hợp năm": a field, or a round total when `roundId` is given. */
export function yearSummaryLocation(
  map: ScoringWorkbookMap,
  personId: string,
  field: YearSummaryField | { roundId: string },
): CellLocation | undefined {
  const { rows, columns } = map.yearSummary;
  const col = typeof field === 'string' ? columns[field] : columns.rounds[field.roundId];
  return location(map.sheets.yearSummary, rows[personId], col);
}

/** A person's period total on a round (or month) sheet. */
export function periodTotalLocation(
  map: ScoringWorkbookMap,
  personId: string,
  roundId: string,
  monthId?: string,
): CellLocation | undefined {
  const sheet = findScoreSheet(map, roundId, monthId);
  return sheet && location(sheet.sheetName, sheet.rows[personId], sheet.columns.total);
}

export function staffLocation(map: ScoringWorkbookMap, personId: string, col = 2): CellLocation | undefined {
  return location(map.sheets.staff, map.staffRows[personId], col);
}

export function teamSummaryLocation(
  map: ScoringWorkbookMap,
  teamId: string,
  field: 'name' | 'members' | 'mean' | 'rank' = 'mean',
): CellLocation | undefined {
  return location(map.sheets.teamSummary, map.teamSummary.rows[teamId], map.teamSummary.columns[field]);
}
