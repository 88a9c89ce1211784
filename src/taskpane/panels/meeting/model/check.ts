/**
 * The check of "Nhật ký phiếu" against "Kiểm phiếu": the count sheet's map is rebuilt from the meeting (its
 * cells do not depend on the log's length), then compareLogWithCounts replays the log and compares every
 * figure the sheet's formulas show.
 */
import type { DomainIssue } from '../../../../domain/issues';
import type { CellValue } from '../../../../layout/grid';
import { ballotLogLayout, buildCountSheet, compareLogWithCounts } from '../../../../layout/votes';
import type { TallySession } from '../../../../domain/votes/tally/session';

export function checkLogAgainstCounts(
  session: Pick<TallySession, 'profile' | 'meeting'>,
  sheets: { logSheet: string; countSheet: string; log: CellValue[][]; count: CellValue[][] },
): DomainIssue[] {
  const layout = ballotLogLayout(session.meeting, { sheetName: sheets.logSheet });
  const { map } = buildCountSheet(session.meeting, layout, { sheetName: sheets.countSheet });
  return compareLogWithCounts(sheets.log, sheets.count, map, session.profile, session.meeting, {
    logSheetName: sheets.logSheet,
  });
}
