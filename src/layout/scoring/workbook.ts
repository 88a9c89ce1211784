/**
 * The whole scoring workbook in one step (issue 3): "Quy chế", "Danh sách", "Tiêu chí", one scoring sheet
 * per round or month, "Tổng hợp năm" and "Tổng hợp tổ", every total a live formula. A name already in the
 * workbook is never reused: the new sheet gets "… (2)"; the map and "Quy chế" record the names chosen, so
 * readScoringWorkbook can rebuild the map from the sheets alone (it passes them back in as `sheetNames`).
 */
import { InputIndex } from '../../domain/scoring/input-index';
import type { ScoreInput, ScoringConfig } from '../../domain/scoring/types';
import type { SchoolRoster } from '../../domain/school/types';
import { unitKindOf } from '../../domain/school/units';
import { rangeAddress, sheetRef } from '../a1';
import type { WorkbookSpec } from '../grid';
import { buildQuyCheSheet } from '../quy-che/build';
import type { QuyCheSection } from '../quy-che/entries';
import { buildCriteriaSheet, CRITERIA_COLUMNS, criteriaInSheetOrder } from './criteria-sheet';
import type { ScoreSheetMap, ScoringWorkbookMap } from './map';
import { assembleScoringMap, teamTableOf } from './workbook-map';
import { BASE_SHEET_NAMES, chooseSheetNames, scoringPeriods, workbookNames } from './names';
import type { ScoringSheetNames, WorkbookNames } from './names';
import { scoringQuyCheBlocks } from './quy-che-scoring';
import { buildScoreSheet } from './score-sheet';
import type { ScoreSheetLinks } from './score-sheet';
import { buildStaffSheet, listColumnsOf, staffRange } from './staff-sheet';
import { buildTeamSummarySheet } from './team-summary-sheet';
import { buildYearSummarySheet } from './year-summary-sheet';

export interface BuildScoringOptions {
  /** Sheets already in the workbook: never overwritten, the new ones get other names. */
  existingSheetNames?: string[];
  /** Workbook names already defined: the new ones get a suffix ("TD_TongDiem_2"). */
  existingNames?: string[];
  /** Settings of other areas (votes, targets) appended to "Quy chế". */
  extraQuyCheSections?: QuyCheSection[];
  /**
   * Sheet names to use as they are, instead of choosing free ones: a workbook already built is described
   * again (readScoringWorkbook). `existingSheetNames` is then ignored.
   */
  sheetNames?: ScoringSheetNames;
  /** Workbook names to use as they are, likewise; `existingNames` is then ignored. */
  workbookNames?: WorkbookNames;
}

export function buildScoringWorkbook(
  roster: SchoolRoster,
  config: ScoringConfig,
  inputs: readonly ScoreInput[],
  options: BuildScoringOptions = {},
): { spec: WorkbookSpec; map: ScoringWorkbookMap } {
  const kind = unitKindOf(roster);
  const listColumns = listColumnsOf(kind);
  const chosen = options.sheetNames ?? chooseSheetNames(config, options.existingSheetNames ?? [], kind);
  const sheets = {
    quyChe: chosen.quyChe,
    staff: chosen.staff,
    criteria: chosen.criteria,
    yearSummary: chosen.yearSummary,
    teamSummary: chosen.teamSummary,
  };
  const periods = scoringPeriods(config);
  const periodNames = chosen.periods;
  const names =
    options.workbookNames ??
    workbookNames(options.existingNames ?? [], sheets.quyChe !== BASE_SHEET_NAMES.quyChe);
  const criteria = criteriaInSheetOrder(config);

  const quyChe = buildQuyCheSheet(
    sheets.quyChe,
    `QUY CHẾ THI ĐUA – ${roster.info.name.toLocaleUpperCase('vi')}`,
    [
      ...scoringQuyCheBlocks(roster, config, names, chosen),
      ...(options.extraQuyCheSections ?? []).map((section) => ({ section })),
    ],
  );
  const teamTable = teamTableOf(quyChe.layout, sheets.quyChe);
  const staff = buildStaffSheet(sheets.staff, roster, teamTable);
  const staffRows = staffRange(sheets.staff, roster.staff.length);
  const criteriaSheet = buildCriteriaSheet(
    sheets.criteria,
    { ...config, criteria },
    roster.roles,
    unitKindOf(roster),
  );
  const links: ScoreSheetLinks = {
    staff: staffRows,
    staffColumns: listColumns,
    criteriaSheet: sheets.criteria,
    criteriaRows: criteriaSheet.rows,
    criteriaColumns: CRITERIA_COLUMNS,
    totalPointsName: names.totalPoints,
  };
  const index = new InputIndex(config, inputs);
  const scoreSheets = periods.map(({ round, month }, i) =>
    buildScoreSheet({
      sheetName: periodNames[i],
      round,
      month,
      roster,
      config,
      criteria,
      inputs: index,
      links,
    }),
  );
  const scoreMaps: ScoreSheetMap[] = scoreSheets.map((sheet) => sheet.map);
  const year = buildYearSummarySheet({
    sheetName: sheets.yearSummary,
    roster,
    config,
    scoreSheets: scoreMaps,
    names,
    staff: staffRows,
    staffColumns: listColumns,
  });
  const team = buildTeamSummarySheet(
    sheets.teamSummary,
    roster,
    { sheetName: sheets.yearSummary, map: year.map },
    teamTable,
  );

  const yearColumn = (col: number) => {
    const rows = Object.values(year.map.rows);
    if (rows.length === 0) return undefined;
    const [first, last] = [Math.min(...rows), Math.max(...rows)];
    return `${sheetRef(sheets.yearSummary)}!${rangeAddress(first, col, last, col, true)}`;
  };
  const yearTotals = yearColumn(year.map.columns.yearTotal);
  const yearBands = yearColumn(year.map.columns.band);
  const spec: WorkbookSpec = {
    sheets: [
      quyChe.sheet,
      staff.sheet,
      criteriaSheet.sheet,
      ...scoreSheets.map((s) => s.sheet),
      year.sheet,
      team.sheet,
    ],
    names: [
      ...quyChe.names,
      ...(yearTotals ? [{ name: names.yearTotals, reference: yearTotals }] : []),
      ...(yearBands ? [{ name: names.yearBands, reference: yearBands }] : []),
    ],
  };
  const map = assembleScoringMap({
    roster,
    config,
    criteria,
    sheets,
    names,
    scoreSheets: scoreMaps,
    quyChe: quyChe.layout,
    staffRows: staff.rows,
    criteriaRows: criteriaSheet.rows,
    yearSummary: year.map,
    teamSummary: team.map,
  });
  return { spec, map };
}
