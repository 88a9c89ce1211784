/** The sample school (seed 000) with its council meeting, some ballots counted, read back like the pane does. */
import { evaluateCase, type CaseResults, type SchoolCase } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample';
import type { Ballot, BallotEvent, ManualCount, Mark } from '../../../src/domain/votes';
import { candidateKey } from '../../../src/domain/votes';
import { buildCaseWorkbook, readCaseWorkbook, type ReadCaseResult } from '../../../src/layout/workbook';
import type { ExportSettings } from '../../../src/layout/export-input';
import { evaluateWorkbook } from '../scoring/hyperformula';

export const SETTINGS: ExportSettings = {
  recipient: { id: 'phong-gddt', name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An' },
  signer: { title: 'HIỆU TRƯỞNG', fullName: 'Nguyễn Thị Hoàng Trang' },
  date: '2021-05-28',
  meeting: { startTime: '14:00', endTime: '16:30', place: 'Phòng họp Hội đồng' },
};

/** The six CSTĐCS candidates of the sample meeting, in the meeting's order. */
export function candidates(schoolCase: SchoolCase) {
  return schoolCase.votes!.meeting.candidates;
}

/**
 * A hand count of round 1: 41 returned, 1 invalid; agree counts per candidate in the meeting's order.
 * 70% of the 41 present is 28,7: 29 agree passes, 28 does not.
 */
export function handCount(schoolCase: SchoolCase, agree: number[]): BallotEvent {
  const perCandidate: ManualCount['perCandidate'] = {};
  candidates(schoolCase).forEach((c, i) => {
    perCandidate[candidateKey(c.titleId, c.id)] = { agree: agree[i], disagree: 40 - agree[i] };
  });
  return {
    kind: 'count',
    count: {
      round: 1,
      returned: 41,
      invalid: 1,
      perCandidate,
      enteredBy: 'Thư ký',
      enteredAt: '2021-05-25T15:00',
    },
  };
}

/** One ballot of round 1 marking every candidate the same way. */
export function ballot(schoolCase: SchoolCase, number: number, mark: Mark): BallotEvent {
  const marks: Ballot['marks'] = {};
  for (const c of candidates(schoolCase)) marks[candidateKey(c.titleId, c.id)] = mark;
  return {
    kind: 'record',
    ballot: { round: 1, number, marks, invalid: false, enteredBy: 'Thư ký', enteredAt: '2021-05-25T14:30' },
  };
}

export function sampleWith(events: (schoolCase: SchoolCase) => BallotEvent[]): SchoolCase {
  const schoolCase = sampleFullCase();
  schoolCase.votes!.events = events(schoolCase);
  return schoolCase;
}

/** The workbook built, computed (HyperFormula stands in for Excel) and read back, then evaluated. */
export function readBack(schoolCase: SchoolCase): { read: ReadCaseResult; results: CaseResults } {
  const read = readCaseWorkbook(evaluateWorkbook(buildCaseWorkbook(schoolCase).spec));
  if ('missing' in read) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return { read, results: evaluateCase(read.schoolCase) };
}

let sampleMap: ReadCaseResult['scoring'] | undefined;

/** Without the workbook round trip (the sample's sheet map, built once): for properties over many cases. */
export function direct(schoolCase: SchoolCase): { read: ReadCaseResult; results: CaseResults } {
  sampleMap ??= buildCaseWorkbook(sampleFullCase()).scoring;
  const read: ReadCaseResult = { schoolCase, scoring: sampleMap, sheets: {}, issues: [] };
  return { read, results: evaluateCase(schoolCase) };
}
