/**
 * The case workbook rebuilt over the workbook it was read from: every sheet keeps the name it has there
 * (renamed sheets included), so a built cell can be compared with, or restore, the cell the workbook holds.
 */
import type { ScoringSheetNames } from '../scoring';
import { workbookNamesFrom } from '../scoring/names';
import { LICH_SU_SHEET } from '../history';
import { CHI_TIEU_SHEET, DANG_KY_SHEET } from '../targets';
import { BALLOT_LOG_SHEET, COUNT_SHEET, MINUTES_SHEET } from '../votes';
import { buildCaseWorkbook, type CaseWorkbook } from './build-case';
import type { ReadCaseResult } from './read-case';

/** The scoring sheets' names exactly as the workbook has them. */
export function scoringSheetNames(read: ReadCaseResult): ScoringSheetNames {
  const { sheets, scoreSheets } = read.scoring;
  return {
    quyChe: sheets.quyChe,
    staff: sheets.staff,
    criteria: sheets.criteria,
    periods: scoreSheets.map((sheet) => sheet.sheetName),
    yearSummary: sheets.yearSummary,
    teamSummary: sheets.teamSummary,
  };
}

/** Usual name → the workbook's name, for the targets' and vote sheets the read found. */
export function foundSheetNames(read: ReadCaseResult): Map<string, string> {
  const pairs: [string, string | undefined][] = [
    [CHI_TIEU_SHEET, read.sheets.targets],
    [DANG_KY_SHEET, read.sheets.registration],
    [BALLOT_LOG_SHEET, read.sheets.ballotLog],
    [COUNT_SHEET, read.sheets.count],
    [MINUTES_SHEET, read.sheets.minutes],
    [LICH_SU_SHEET, read.sheets.history],
  ];
  return new Map(pairs.filter((pair): pair is [string, string] => pair[1] !== undefined));
}

export function buildCaseInPlace(read: ReadCaseResult, existingSheetNames: readonly string[]): CaseWorkbook {
  const workbookNames = workbookNamesFrom(read.scoring.names.totalPoints);
  return buildCaseWorkbook(read.schoolCase, {
    existingSheetNames: [...existingSheetNames],
    inPlace: {
      scoring: scoringSheetNames(read),
      ...(workbookNames ? { workbookNames } : {}),
      others: foundSheetNames(read),
    },
  });
}
