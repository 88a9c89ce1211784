/**
 * Fresh data: after a vote is entered (ballot rows appended, no "Tính lại"), the case the pane exports from
 * is read again from the workbook, so the papers carry the lists of that vote.
 */
import { evaluateCase } from '../../src/domain/case';
import { sampleFullCase } from '../../src/domain/sample';
import { writeCaseWorkbook } from '../../src/excel/operations';
import { readCase } from '../../src/excel/operations/read-case';
import { appendBallotLogRow } from '../../src/excel/operations/votes-ballot';
import { saveMeetingSheets } from '../../src/excel/operations/votes-save';
import { workbookRevision } from '../../src/excel/write-events';
import { exportInputFromCase } from '../../src/layout/export-input';
import { createFakeExcelHost } from '../../src/preview/fake-excel';
import { pressKey } from '../../src/domain/votes/tally/session';
import { logRowForEvent } from '../../src/layout/votes';
import { startSession, type PaneSession } from '../../src/taskpane/state/votes-session';
import { HANG, MEETING_KEYS, votes61 } from '../domain/votes/tally/fixtures';

jest.setTimeout(90000);

const host = createFakeExcelHost({ sheets: ['Sheet1'], displayLocale: 'vi-VN' });
const context = host.createContext() as unknown as Excel.RequestContext;

async function fresh() {
  const readout = await readCase(context);
  if (readout.missing) throw new Error('not read');
  return { read: readout.read, results: evaluateCase(readout.read.schoolCase) };
}

const proposed = (c: Awaited<ReturnType<typeof fresh>>) =>
  (exportInputFromCase(c.read, c.results).individualProposals?.CSTDCS ?? []).map((p) => p.fullName);

test('vote, then export with no "Tính lại": the export reads the workbook again and lists the vote', async () => {
  await writeCaseWorkbook(context, sampleFullCase());
  const first = await fresh();
  await saveMeetingSheets(context, first.read, votes61());
  const before = await fresh();
  expect(proposed(before)).not.toContain(HANG.name);

  const revision = workbookRevision();
  let session: PaneSession = startSession(before.read.schoolCase.votes!, before.read.sheets.ballotLog!);
  for (const [i, key] of MEETING_KEYS.entries()) {
    const step = pressKey(session, key, 'Thư ký', `2021-05-25T14:${String(i).padStart(2, '0')}:00`);
    if (!step.ok) throw new Error(step.issue.message);
    if (step.logged) {
      await appendBallotLogRow(
        context,
        step.session.logSheet,
        logRowForEvent(step.session.layout, step.session.state),
      );
    }
    session = step.session;
  }
  // Every ballot row counted as a write: the pane's case is known to be older than the workbook.
  expect(workbookRevision()).toBeGreaterThan(revision);
  // The case read before the vote still lists no one; the one read at export start lists the vote.
  expect(proposed(before)).not.toContain(HANG.name);
  expect(proposed(await fresh())).toContain(HANG.name);
});
