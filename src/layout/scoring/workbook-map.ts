/**
 * The scoring workbook's map without its formulas: what readScoringWorkbook needs to read a workbook back.
 * Building every formula of a 5,000-person workbook only to throw the cells away took seconds; the round
 * sheets and "Tổng hợp năm" are placed here by the same functions their builders lay their cells out by
 * (scoreSheetMap, yearSummaryMap), and the small sheets ("Quy chế", "Danh sách", "Tiêu chí", "Tổng hợp tổ")
 * are built as usual. buildScoringWorkbook assembles its map with the same `assembleScoringMap`.
 */
import { unitKindOf } from '../../domain/school/units';
import { applicableCriteria, orderedLevels } from '../../domain/scoring/criteria';
import type { Criterion, ScoringConfig } from '../../domain/scoring/types';
import type { SchoolRoster } from '../../domain/school/types';
import { buildQuyCheSheet, type QuyCheLayout } from '../quy-che/build';
import { buildCriteriaSheet, CRITERIA_COLUMNS, criteriaInSheetOrder } from './criteria-sheet';
import type { ScoreSheetMap, ScoringWorkbookMap } from './map';
import { scoringPeriods, type ScoringSheetNames, type WorkbookNames } from './names';
import { scoringQuyCheBlocks, TEAMS_TABLE } from './quy-che-scoring';
import { scoreSheetMap } from './score-sheet';
import { buildStaffSheet, type TeamTable } from './staff-sheet';
import { buildTeamSummarySheet } from './team-summary-sheet';
import { yearSummaryMap } from './year-summary-sheet';

/** The pieces each sheet's builder places; assembled into the map the same way whoever placed them. */
export interface ScoringMapParts {
  roster: SchoolRoster;
  config: ScoringConfig;
  /** The criteria in the order of "Tiêu chí" (criteriaInSheetOrder). */
  criteria: Criterion[];
  sheets: ScoringWorkbookMap['sheets'];
  names: WorkbookNames;
  scoreSheets: ScoreSheetMap[];
  quyChe: QuyCheLayout;
  staffRows: Record<string, number>;
  criteriaRows: Record<string, number>;
  yearSummary: ScoringWorkbookMap['yearSummary'];
  teamSummary: ScoringWorkbookMap['teamSummary'];
}

/** The "Tổ" table of "Quy chế", where "Danh sách" and "Tổng hợp tổ" look tổ names up; undefined without tổ. */
export function teamTableOf(quyChe: QuyCheLayout, sheet: string): TeamTable | undefined {
  const teamLayout = quyChe.tables[TEAMS_TABLE];
  const teamRows = teamLayout ? Object.values(teamLayout.rows) : [];
  return teamLayout && teamRows.length > 0
    ? {
        sheet,
        firstRow: Math.min(...teamRows),
        lastRow: Math.max(...teamRows),
        idCol: teamLayout.columns[0],
        nameCol: teamLayout.columns[1],
      }
    : undefined;
}

export function assembleScoringMap(parts: ScoringMapParts): ScoringWorkbookMap {
  const { roster, config, criteria, names } = parts;
  // The year's names exist only when "Tổng hợp năm" has rows to point at.
  const hasYearRows = Object.keys(parts.yearSummary.rows).length > 0;
  return {
    ...(roster.unitKind === 'school' ? { unitKind: roster.unitKind } : {}),
    sheets: parts.sheets,
    scoreSheets: parts.scoreSheets,
    levels: orderedLevels(config),
    people: roster.staff.map((person) => ({
      id: person.id,
      fullName: person.fullName,
      teamId: person.teamId,
      criteria: applicableCriteria({ ...config, criteria }, person.roleId).map((criterion) => criterion.id),
    })),
    criteria: criteria.map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      kind: criterion.kind,
      max: criterion.max,
    })),
    staffRows: parts.staffRows,
    criteriaRows: parts.criteriaRows,
    criteriaColumns: {
      max: CRITERIA_COLUMNS.max,
      step: CRITERIA_COLUMNS.step,
      floor: CRITERIA_COLUMNS.floor,
    },
    quyChe: parts.quyChe,
    yearSummary: parts.yearSummary,
    teamSummary: parts.teamSummary,
    names: {
      totalPoints: names.totalPoints,
      roundWeights: names.roundWeights,
      bandIds: names.bandIds,
      bandMins: names.bandMins,
      bandRequiresFloors: names.bandRequiresFloors,
      ...(hasYearRows ? { yearTotals: names.yearTotals, yearBands: names.yearBands } : {}),
    },
  };
}

/**
 * The map buildScoringWorkbook(roster, config, [], { sheetNames, workbookNames }) returns, with no round
 * sheet or "Tổng hợp năm" formula built. The read-back tests hold the two equal.
 */
export function scoringWorkbookMap(
  roster: SchoolRoster,
  config: ScoringConfig,
  sheetNames: ScoringSheetNames,
  names: WorkbookNames,
): ScoringWorkbookMap {
  const sheets = {
    quyChe: sheetNames.quyChe,
    staff: sheetNames.staff,
    criteria: sheetNames.criteria,
    yearSummary: sheetNames.yearSummary,
    teamSummary: sheetNames.teamSummary,
  };
  const criteria = criteriaInSheetOrder(config);
  const quyChe = buildQuyCheSheet(sheets.quyChe, '', scoringQuyCheBlocks(roster, config, names, sheetNames));
  const teamTable = teamTableOf(quyChe.layout, sheets.quyChe);
  const staff = buildStaffSheet(sheets.staff, roster, teamTable);
  const criteriaSheet = buildCriteriaSheet(
    sheets.criteria,
    { ...config, criteria },
    roster.roles,
    unitKindOf(roster),
  );
  const scoreSheets = scoringPeriods(config).map(({ round, month }, i) =>
    scoreSheetMap({ sheetName: sheetNames.periods[i], round, month, roster, config, criteria }),
  );
  const yearSummary = yearSummaryMap({ roster, config });
  const team = buildTeamSummarySheet(
    sheets.teamSummary,
    roster,
    { sheetName: sheets.yearSummary, map: yearSummary },
    teamTable,
  );
  return assembleScoringMap({
    roster,
    config,
    criteria,
    sheets,
    names,
    scoreSheets,
    quyChe: quyChe.layout,
    staffRows: staff.rows,
    criteriaRows: criteriaSheet.rows,
    yearSummary,
    teamSummary: team.map,
  });
}
