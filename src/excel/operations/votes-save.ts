/**
 * Saves the meeting setup in two syncs: one to look (sheet and workbook names, which sheets are ours, the
 * values of "Quy chế"), one carrying the writes planned in layout/workbook: the vote section of "Quy chế"
 * only (the rest of the sheet, a user's notes included, stays), and the three vote sheets replaced where the
 * workbook's own vote sheets are (a sheet of the user's with one of these names is never overwritten).
 */
import type { CaseVotes } from '../../domain/case';
import type { ReadCaseResult } from '../../layout/workbook';
import { planMeetingSave, type MeetingSheets } from '../../layout/workbook/meeting-save';
import { planQuyCheSectionWrite } from '../../layout/workbook/quy-che-section';
import { SYNC_PAYLOAD_BUDGET } from '../payload';
import { queueProbe } from '../probe';
import { toSheetRead } from '../read-sheets';
import { quyCheSectionWrites } from '../section-writes';
import { runWrites } from '../write-queue';
import { specWrites, type WriteWorkbookResult } from '../write-workbook';

export interface SaveMeetingResult extends WriteWorkbookResult {
  sheets: MeetingSheets;
}

export async function saveMeetingSheets(
  context: Excel.RequestContext,
  read: ReadCaseResult,
  votes: CaseVotes,
): Promise<SaveMeetingResult> {
  const probed = queueProbe(context, []);
  const quyCheName = read.scoring.sheets.quyChe;
  const quyCheSheet = context.workbook.worksheets.getItemOrNullObject(quyCheName).load('name');
  const used = quyCheSheet.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,values');
  await context.sync();
  if (quyCheSheet.isNullObject) {
    throw new RangeError(
      `Không thấy trang "${quyCheName}" để lưu thiết lập bỏ phiếu: hãy bấm "Tính lại" để đọc lại sổ rồi lưu lại.`,
    );
  }
  const probe = probed();
  const plan = planMeetingSave(read, votes, {
    sheetNames: probe.sheetNames,
    names: probe.names.map((n) => ({ name: n.name, reference: n.formula })),
  });
  const values = used.isNullObject
    ? []
    : toSheetRead(used.address, used.rowIndex, used.columnIndex, used.values, []).values;
  const section = planQuyCheSectionWrite(values, { ...plan.quyChe, sheet: quyCheSheet.name });
  const { writes, outcome } = specWrites(plan.spec, probe, 'replaceIfAddinOwned');
  const syncs =
    1 +
    (await runWrites(
      context,
      [...writes, ...quyCheSectionWrites(section, probe.names)],
      SYNC_PAYLOAD_BUDGET,
    ));
  return {
    ...outcome,
    syncs,
    sheetNames: [quyCheSheet.name, ...outcome.sheetNames],
    sheets: { spec: plan.spec, votes: plan.votes },
  };
}
