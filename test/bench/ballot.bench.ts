/**
 * Recording a ballot in the meeting: the screen's figures (applyEvent + tally) within one frame (16 ms) and
 * one context.sync() per ballot, for 41 ballots of the sample school's meeting against the fake Excel host.
 */
import { performance } from 'node:perf_hooks';
import { sampleFullCase } from '../../src/domain/sample';
import { applyEvent, keyOf, tallyMeeting, type BallotState, type Mark } from '../../src/domain/votes';
import { appendBallotLogRow } from '../../src/excel/operations/votes-ballot';
import { writeCaseWorkbook } from '../../src/excel/operations';
import { logRowForEvent } from '../../src/layout/votes';
import { createFakeExcelHost } from '../../src/preview/fake-excel';
import { ms, printBench } from './support/report';

it('41 ballots: one sync each, the tally within a frame', async () => {
  const schoolCase = sampleFullCase();
  const votes = schoolCase.votes;
  if (!votes) throw new Error('the sample has a meeting');
  const host = createFakeExcelHost();
  const context = host.createContext() as unknown as Excel.RequestContext;
  const written = await writeCaseWorkbook(context, schoolCase);
  const log = written.workbook.votes?.log;
  if (!log) throw new Error('the sample workbook has a ballot log');

  let state: BallotState = { entries: [] };
  const frameTimes: number[] = [];
  const syncsPerBallot: number[] = [];
  for (let number = 1; number <= 41; number++) {
    const marks: Record<string, Mark> = {};
    votes.meeting.candidates.forEach((c, i) => {
      marks[keyOf(c)] = (number + i) % 4 === 0 ? 'disagree' : 'agree';
    });
    const start = performance.now();
    const result = applyEvent(
      state,
      {
        kind: 'record',
        ballot: {
          round: 1,
          number,
          marks,
          invalid: number === 17,
          enteredBy: 'Thư ký',
          enteredAt: new Date().toISOString(),
        },
      },
      votes.meeting,
    );
    if (!result.ok) throw new Error(result.issue.message);
    state = result.state;
    tallyMeeting(votes.profile, votes.meeting, state);
    frameTimes.push(performance.now() - start);

    host.stats.reset();
    await appendBallotLogRow(context, log.sheetName, logRowForEvent(log, state));
    syncsPerBallot.push(host.stats.syncCount());
  }
  frameTimes.sort((a, b) => a - b);
  const worst = frameTimes[frameTimes.length - 1];
  const maxSyncs = Math.max(...syncsPerBallot);
  printBench('Kiểm phiếu trực tiếp: 41 phiếu của trường mẫu', [
    { what: 'số lần sync mỗi phiếu (lớn nhất)', figure: String(maxSyncs), target: '≤ 1', met: maxSyncs <= 1 },
    {
      what: 'cập nhật màn hình mỗi phiếu (chậm nhất)',
      figure: ms(worst),
      target: '< 16 ms',
      met: worst < 16,
    },
    {
      what: 'cập nhật màn hình mỗi phiếu (trung vị)',
      figure: ms(frameTimes[20]),
      target: '(báo cáo)',
      met: true,
    },
  ]);
  expect(maxSyncs).toBeLessThanOrEqual(1);
  expect(worst).toBeLessThan(16);
});
