/**
 * Executes a typed patch (layout/workbook/patches.ts) against the open workbook: the one door through which
 * the pane changes a workbook. Each branch is the adapter's half only; the planning and the overwrite rule
 * live with the patch.
 */
import type { WorkbookPatch } from '../layout/workbook/patches';
import { planQuyCheSectionWrite } from '../layout/workbook/quy-che-section';
import { appendBallotLogRow } from './operations/votes-ballot';
import { writeScoreCells, type WriteScoreCellsResult } from './operations/scoring-score-cells';
import { insertTargetChart, type TargetChartResult } from './operations/targets-chart';
import { writeTargetCount, type TargetWriteResult } from './operations/targets-edit';
import { queueProbe } from './probe';
import { toSheetRead } from './read-sheets';
import { quyCheSectionWrites } from './section-writes';
import { runWrites } from './write-queue';
import { writeWorkbookSpec, type WriteWorkbookResult } from './write-workbook';

export type PatchResult =
  | { kind: 'replaceSheets'; result: WriteWorkbookResult }
  | { kind: 'quyCheSection'; syncs: number }
  | { kind: 'appendLogRow' }
  | { kind: 'scoreCells'; result: WriteScoreCellsResult }
  | { kind: 'targetCell'; result: TargetWriteResult }
  | { kind: 'chart'; result: TargetChartResult };

/** One section of "Quy chế" replaced in two syncs: read the sheet and the names, then write. */
async function replaceQuyCheSection(
  context: Excel.RequestContext,
  patch: Extract<WorkbookPatch, { kind: 'quyCheSection' }>['patch'],
): Promise<number> {
  const probed = queueProbe(context, []);
  const used = context.workbook.worksheets
    .getItem(patch.sheet)
    .getUsedRangeOrNullObject(true)
    .load('address,rowIndex,columnIndex,values');
  await context.sync();
  const values = used.isNullObject
    ? []
    : toSheetRead(used.address, used.rowIndex, used.columnIndex, used.values, []).values;
  const write = planQuyCheSectionWrite(values, patch);
  return 1 + (await runWrites(context, quyCheSectionWrites(write, probed().names)));
}

export async function applyPatch(context: Excel.RequestContext, patch: WorkbookPatch): Promise<PatchResult> {
  switch (patch.kind) {
    case 'replaceSheets':
      return {
        kind: patch.kind,
        result: await writeWorkbookSpec(context, patch.spec, { existingSheetPolicy: patch.policy }),
      };
    case 'quyCheSection':
      return { kind: patch.kind, syncs: await replaceQuyCheSection(context, patch.patch) };
    case 'appendLogRow':
      await appendBallotLogRow(context, patch.sheet, patch.append);
      return { kind: patch.kind };
    case 'scoreCells':
      return { kind: patch.kind, result: await writeScoreCells(context, patch.writes, patch.ifFilled) };
    case 'targetCell':
      return {
        kind: patch.kind,
        result: await writeTargetCount(context, patch.location, patch.expected, patch.value),
      };
    case 'chart':
      return { kind: patch.kind, result: await insertTargetChart(context, patch.sheet) };
  }
}
