import {
  LOG_COLUMNS,
  LOG_FIRST_DATA_ROW,
  LOG_STATUS_LABELS,
  logRowForEvent,
} from '../../../src/layout/votes';
import { applyToSession, pressKey, undoLast } from '../../../src/domain/votes/tally/session';
import { ND_91_2017_PROFILE } from '../../../src/domain/votes';
import { startSession, type PaneStep } from '../../../src/taskpane/state/votes-session';
import { HANG_KEY, YEN_KEY, type, votes61 } from '../../domain/votes/tally/fixtures';

/** The row the store appends to "Nhật ký phiếu" for an accepted step. */
const rowOf = (step: PaneStep) =>
  step.ok && step.logged ? logRowForEvent(step.session.layout, step.session.state) : undefined;

describe('the pane’s session writes one log row per accepted entry', () => {
  test('every accepted ballot comes with the one log row to append, at the row of its STT', () => {
    const session = startSession(votes61(), 'Nhật ký phiếu');
    const first = pressKey(session, 'a', 'Thư ký', '2021-05-25T14:00:00');
    expect(rowOf(first)?.row).toBe(LOG_FIRST_DATA_ROW);
    expect(rowOf(first)?.statusUpdate).toBeUndefined();
    const second = pressKey(first.session, 'x', 'Thư ký', '2021-05-25T14:00:05');
    expect(rowOf(second)?.row).toBe(LOG_FIRST_DATA_ROW + 1);
    expect(rowOf(second)?.cells[LOG_COLUMNS.spoiled]).toEqual({ value: 'X' });
  });

  test('undo marks the undone ballot’s row "Đã hủy" in the same write', () => {
    const session = type(startSession(votes61(), 'Nhật ký phiếu'), ['a', 'a', 'x']);
    const undo = undoLast(session, 'Thư ký', '2021-05-25T14:01:00');
    expect(rowOf(undo)?.statusUpdate).toMatchObject({
      row: LOG_FIRST_DATA_ROW + 2,
      value: LOG_STATUS_LABELS.undone,
    });
  });

  test('an absent member’s written vote is logged with the member’s name in the note', () => {
    const session = type(startSession(votes61({ profile: ND_91_2017_PROFILE }), 'L'), ['1']);
    const step = applyToSession(session, {
      kind: 'written',
      vote: { round: 1, memberName: 'Lê Văn Vắng', marks: { [HANG_KEY]: 'agree', [YEN_KEY]: 'disagree' } },
      enteredBy: 'Thư ký',
      enteredAt: 't',
    });
    expect(rowOf(step)?.cells[LOG_COLUMNS.note]).toEqual({ value: 'Lê Văn Vắng' });
    // The layout's sheet name travels with the session.
    expect(step.session.logSheet).toBe('L');
  });
});
