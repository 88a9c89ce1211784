/**
 * Saves the meeting setup: "Quy chế" and the vote sheets, rebuilt from the case as read and written over the
 * Thi Đua-owned sheets in the two syncs of writeWorkbookSpec (one to look, one to write). A sheet of the
 * user's with one of these names is never overwritten: ours then gets a free name.
 */
import type { CaseVotes } from '../../domain/case';
import type { ReadCaseResult } from '../../layout/workbook';
import { writeWorkbookSpec, type WriteWorkbookResult } from '../write-workbook';
import { buildMeetingSheets, type MeetingSheets } from './votes-workbook';

export interface SaveMeetingResult extends WriteWorkbookResult {
  sheets: MeetingSheets;
}

export async function saveMeetingSheets(
  context: Excel.RequestContext,
  read: ReadCaseResult,
  votes: CaseVotes,
): Promise<SaveMeetingResult> {
  let sheets: MeetingSheets | undefined;
  const result = await writeWorkbookSpec(
    context,
    (existing) => {
      sheets = buildMeetingSheets(read, votes, existing.sheetNames);
      return sheets.spec;
    },
    { existingSheetPolicy: 'replaceIfAddinOwned' },
  );
  if (!sheets) throw new Error('buildMeetingSheets did not run');
  return { ...result, sheets };
}
