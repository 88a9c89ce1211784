/**
 * The case as the workbook holds it now, in two syncs (readCaseSheets): read by ownership markers, with the
 * cells where a value was typed over one of the add-in's result formulas. What the pane's case always is.
 */
import type { DomainIssue } from '../../domain/issues';
import { readCaseWorkbook, type ReadCaseResult } from '../../layout/workbook';
import { overwrittenFormulasOf, type OverwrittenFormula } from '../../layout/workbook/overwritten-formulas';
import { readCaseSheets } from './read-case-sheets';

export type CaseReadout =
  | { missing: true; issues: DomainIssue[] }
  | { missing?: undefined; read: ReadCaseResult; overwritten: OverwrittenFormula[] };

export async function readCase(context: Excel.RequestContext): Promise<CaseReadout> {
  const { sheets, names, formulas } = await readCaseSheets(context);
  const read = readCaseWorkbook(sheets, { names });
  if ('missing' in read) return { missing: true, issues: read.issues };
  return { read, overwritten: overwrittenFormulasOf(read, { values: sheets, formulas }) };
}
