import type { LogAppend } from '../../../src/layout/votes';
import { VotesSessionStore, type PaneSession } from '../../../src/taskpane/state/votes-session';
import { pressKey } from '../../../src/domain/votes/tally/session';
import { votes61 } from '../../domain/votes/tally/fixtures';

function started(): VotesSessionStore {
  const store = new VotesSessionStore();
  expect(store.sync(1, votes61(), 'Nhật ký phiếu')).toBe('started');
  return store;
}

const session = (store: VotesSessionStore): PaneSession => store.getSnapshot().session!;

describe('the live count between the screen and the sheet', () => {
  test('each ballot shows at once and its row is written once, in order, one write per ballot', async () => {
    const store = started();
    const written: number[] = [];
    const write = async (_sheet: string, append: LogAppend) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      written.push(append.row);
    };
    for (const key of ['a', '1', '2', 'x']) {
      store.commit(pressKey(session(store), key, 'Thư ký', 't'), write, () => undefined);
    }
    // On screen before any write finished: three ballots, and two rows still waiting.
    expect(session(store).state.entries).toHaveLength(3);
    expect(store.getSnapshot().pending).toBe(3);
    await store.drained();
    expect(written).toEqual([3, 4, 5]);
    expect(store.getSnapshot().pending).toBe(0);
  });

  test('a refused ballot is shown as a refusal and writes nothing', async () => {
    const store = new VotesSessionStore();
    store.sync(1, votes61({ meeting: { ...votes61().meeting, rounds: [{ round: 1, issued: 1 }] } }), 'L');
    const write = jest.fn(async () => undefined);
    store.commit(pressKey(session(store), 'a', 'Thư ký', 't'), write, () => undefined);
    const accepted = store.commit(pressKey(session(store), 'a', 'Thư ký', 't'), write, () => undefined);
    await store.drained();
    expect(accepted).toBe(false);
    expect(write).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().refusal?.message).toContain('đã ghi đủ 1 phiếu phát ra');
  });

  test('a failed write drops the rows queued behind it and asks for a fresh read', async () => {
    const store = started();
    const written: number[] = [];
    const failures: unknown[] = [];
    let calls = 0;
    const write = async (_sheet: string, append: LogAppend) => {
      calls += 1;
      if (calls === 2) throw new Error('mất kết nối');
      written.push(append.row);
    };
    for (const key of ['a', 'a', 'a']) {
      store.commit(pressKey(session(store), key, 'Thư ký', 't'), write, (e) => failures.push(e));
    }
    await store.drained();
    expect(written).toEqual([3]);
    expect(failures).toHaveLength(1);
    expect(store.getSnapshot().pending).toBe(0);
  });

  test('a read that arrives while rows are on their way waits for them, then asks to read again', async () => {
    const store = started();
    let release: () => void = () => undefined;
    let writing: () => void = () => undefined;
    const begun = new Promise<void>((resolve) => (writing = resolve));
    const write = () =>
      new Promise<void>((resolve) => {
        release = resolve;
        writing();
      });
    store.commit(pressKey(session(store), 'a', 'Thư ký', 't'), write, () => undefined);
    expect(store.sync(2, votes61(), 'L')).toBe('wait');
    expect(session(store).state.entries).toHaveLength(1);
    await begun;
    release();
    await store.drained();
    expect(store.sync(2, votes61(), 'L')).toBe('reread');
    expect(store.sync(3, votes61(), 'L')).toBe('started');
    expect(store.sync(3, votes61(), 'L')).toBe('kept');
  });

  test('a re-read that changes nothing keeps the ballot half keyed in', () => {
    const store = started();
    store.commit(
      pressKey(session(store), '1', 'Thư ký', 't'),
      async () => undefined,
      () => undefined,
    );
    expect(store.sync(2, votes61(), 'L')).toBe('started');
    expect(session(store).draft.marks).toEqual({ 'CSTDCS:BH2-038': 'agree' });
  });
});
