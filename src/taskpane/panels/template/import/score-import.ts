/**
 * An existing score sheet read into the template's terms: which period and level it fills, its columns
 * mapped, its rows matched to the staff list, and where each value will be written.
 */
import { importScoreSheet, type PersonField, type ScoreSheetImport } from '../../../../domain/import';
import type { AssessmentLevel } from '../../../../domain/scoring';
import type { ReadCaseResult } from '../../../../layout/workbook';
import type { ImportSource } from './import-source';
import { mappingFromChoices, type ColumnChoice } from './mapping-choices';
import { planScoreWrites, type ScoreWritePlan } from './score-writes';

/** Columns that tell who a row is, in the order offered. */
export const IDENTITY_FIELDS: PersonField[] = ['name', 'staffCode', 'birthDate', 'team', 'role', 'position'];

export interface ScoreImportTarget {
  /** Index into the workbook map's score sheets. */
  period: number;
  level: AssessmentLevel;
  headerRows: number;
}

export interface ScoreImportPreview {
  read: ScoreSheetImport;
  plan: ScoreWritePlan;
  sheetName: string;
}

export function previewScoreImport(
  workbook: ReadCaseResult,
  source: ImportSource,
  choices: readonly ColumnChoice[],
  target: ScoreImportTarget,
): ScoreImportPreview | null {
  const sheet = workbook.scoring.scoreSheets[target.period];
  if (!sheet) return null;
  const { roster, scoring } = workbook.schoolCase;
  const read = importScoreSheet(source.grid, mappingFromChoices(choices), roster, scoring.config, {
    roundId: sheet.roundId,
    ...(sheet.monthId === undefined ? {} : { monthId: sheet.monthId }),
    level: target.level,
    headerRows: target.headerRows,
    sourceSheet: source.sheet,
    fonts: source.fonts,
    origin: source.origin,
  });
  return { read, plan: planScoreWrites(workbook.scoring, read.inputs), sheetName: sheet.sheetName };
}
