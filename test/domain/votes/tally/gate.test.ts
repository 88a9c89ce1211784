/**
 * One setup check, and a broken log that is neither counted on nor saved over before the tellers have seen it.
 */
import type { DomainIssue } from '../../../../src/domain/issues';
import * as votes from '../../../../src/domain/votes';
import { entryGate, setupProblems } from '../../../../src/domain/votes/tally/gate';
import { readBlockers } from '../../../../src/domain/votes/tally/setup-check';
import { startTally } from '../../../../src/domain/votes/tally/session';
import { meeting61, votes61 } from './fixtures';

const LOG = 'Nhật ký phiếu';
const broken: DomainIssue = {
  code: 'vote.log.broken',
  severity: 'error',
  message: 'Dòng 17 của Nhật ký phiếu đã bị sửa sau khi ghi.',
  location: { sheet: LOG, address: 'A17' },
};
const columnMissing: DomainIssue = {
  code: 'vote.log.column-missing',
  severity: 'error',
  message: 'Nhật ký phiếu thiếu cột của một ứng viên.',
  location: { sheet: LOG, address: 'H3' },
};
const oldFormat: DomainIssue = {
  code: 'vote.log.old-format',
  severity: 'warning',
  message: 'Nhật ký phiếu theo mẫu cũ.',
  location: { sheet: LOG, address: 'A1' },
};

describe('the meeting setup has one check, validateMeetingSetup', () => {
  test('the domain exports no second name for the setup check', () => {
    expect(Object.keys(votes)).toContain('validateMeetingSetup');
    expect(Object.keys(votes)).not.toContain('validateMeeting');
  });

  test('the tally gate reports exactly the setup check’s errors (a name listed twice is only a warning)', () => {
    const meeting = meeting61({ present: 80 });
    const expected = votes.validateMeetingSetup(meeting).filter((i) => i.severity === 'error');
    expect(setupProblems(votes61({ meeting }))).toEqual(expected);
    const names = Array.from({ length: meeting61().present }, (_, i) => `Người ${i === 1 ? 0 : i}`);
    const twice = meeting61({ presentNames: names });
    expect(votes.validateMeetingSetup(twice).map((i) => i.code)).toEqual(['vote.meeting.present-name-twice']);
    expect(setupProblems(votes61({ meeting: twice }))).toEqual([]);
  });
});

describe('a broken log blocks "Lưu thiết lập" until the tellers confirm, so its evidence is not rewritten', () => {
  test('a deleted or edited row blocks the save', () => {
    expect(readBlockers([broken], 'Quy chế')).toEqual([broken]);
  });

  test('a deleted candidate column blocks the save and the count alike', () => {
    expect(readBlockers([columnMissing], 'Quy chế')).toEqual([columnMissing]);
    const gate = entryGate(startTally(votes61()), [columnMissing], undefined);
    expect(gate.mustConfirm).toBe(true);
    expect(gate.blocked).toContain('Nhật ký phiếu!H3');
  });

  test('once the tellers confirm these rows, the save goes on; a row broken later asks again', () => {
    const key = entryGate(startTally(votes61()), [broken], undefined).logKey;
    expect(readBlockers([broken], 'Quy chế', key)).toEqual([]);
    const later = { ...broken, location: { sheet: LOG, address: 'A20' } };
    expect(readBlockers([broken, later], 'Quy chế', key)).toEqual([broken, later]);
  });
});

describe('an old-format log is converted by "Lưu thiết lập" before any ballot is appended', () => {
  test('the count is shut and says to save the setup; the save itself is not blocked', () => {
    const gate = entryGate(startTally(votes61()), [oldFormat], undefined);
    expect(gate.oldFormat).toEqual([oldFormat]);
    expect(gate.blocked).toContain('Lưu thiết lập');
    expect(readBlockers([oldFormat], 'Quy chế')).toEqual([]);
  });
});
