/**
 * Builds the school's workbook (scoring, targets, votes) into the open workbook in two syncs. The sheet
 * names are chosen once the workbook's own are known, so nothing the user has is ever overwritten.
 */
import type { SchoolCase } from '../../domain/case';
import { buildCaseWorkbook, type CaseWorkbook } from '../../layout/workbook';
import { writeWorkbookSpec, type WriteWorkbookResult } from '../write-workbook';

export interface WriteCaseResult extends WriteWorkbookResult {
  workbook: CaseWorkbook;
}

export async function writeCaseWorkbook(
  context: Excel.RequestContext,
  schoolCase: SchoolCase,
): Promise<WriteCaseResult> {
  let workbook: CaseWorkbook | undefined;
  const result = await writeWorkbookSpec(context, (existing) => {
    workbook = buildCaseWorkbook(schoolCase, {
      existingSheetNames: existing.sheetNames,
      existingNames: existing.names,
    });
    return workbook.spec;
  });
  if (!workbook) throw new Error('buildCaseWorkbook did not run');
  return { ...result, workbook };
}
