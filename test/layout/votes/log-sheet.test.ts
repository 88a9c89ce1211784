import { isFormulaCell, type Cell, type CellValue } from '../../../src/layout/grid';
import { EMPTY_BALLOT_STATE, type BallotEvent } from '../../../src/domain/votes';
import {
  ballotLogLayout,
  buildBallotLogSheet,
  LOG_COLUMNS,
  LOG_FIRST_DATA_ROW,
  logCapacityFor,
  logRowForEvent,
  readBallotLog,
} from '../../../src/layout/votes';
import {
  AN,
  BINH,
  CHI,
  applyAll,
  ballot,
  ballotsFor,
  key,
  marks,
  meeting,
  record,
} from '../../domain/votes/fixtures';

const m = meeting({ candidates: [CHI, AN, BINH], present: 41, totalMembers: 61 });
const layout = ballotLogLayout(m);

/** The sheet as an adapter would read it back: constants as written, formulas as their text. */
const asValues = (cells: (Cell | undefined)[][]): CellValue[][] =>
  cells.map((row) =>
    Array.from(row, (c) => (c === undefined ? null : isFormulaCell(c) ? c.formula : c.value)),
  );

describe('columns', () => {
  it('group candidates by title so each title’s marks are one range', () => {
    expect(layout.candidates.map((c) => c.id)).toEqual(['GV01', 'GV02', 'GV03']);
    expect(layout.titles).toEqual(['LDTT', 'CSTDCS']);
    expect(layout.candidateColumn[key(AN)]).toBe(layout.candidateColumn[key(BINH)] - 1);
  });
  it('the capacity grows by 500 with room to spare', () => {
    expect(logCapacityFor(10)).toBe(500);
    expect(logCapacityFor(400)).toBe(500);
    expect(logCapacityFor(401)).toBe(1000);
  });
});

describe('one event, one appended row', () => {
  it('a ballot: one row with its marks, the validity formula, no status update', () => {
    const state = applyAll(
      EMPTY_BALLOT_STATE,
      [record(ballot(1, marks([AN, 'agree'], [CHI, 'disagree'])))],
      m,
    );
    const append = logRowForEvent(layout, state);
    expect(append.row).toBe(LOG_FIRST_DATA_ROW);
    expect(append.range).toBe(`A4:${String.fromCharCode(65 + layout.lastColumn)}4`);
    expect(append.statusUpdate).toBeUndefined();
    const v = (col: number) => append.cells[col];
    expect(v(LOG_COLUMNS.kind)).toEqual({ value: 'Ghi' });
    expect(v(LOG_COLUMNS.status)).toEqual({ value: 'Hiệu lực' });
    expect(v(layout.candidateColumn[key(AN)])).toEqual({ value: 'Đ' });
    expect(v(layout.candidateColumn[key(BINH)])).toBeUndefined();
    expect(v(layout.candidateColumn[key(CHI)])).toEqual({ value: 'K' });
    expect(isFormulaCell(v(LOG_COLUMNS.valid))).toBe(true);
  });

  it('an undo: one row, plus the status of the undone row', () => {
    const state = applyAll(
      EMPTY_BALLOT_STATE,
      [
        ...ballotsFor(AN, { agree: 2 }),
        { kind: 'undo', round: 1, lastNumber: 2, enteredBy: 'Cô Hoa', enteredAt: 't' },
      ],
      m,
    );
    const append = logRowForEvent(layout, state);
    expect(append.row).toBe(LOG_FIRST_DATA_ROW + 2);
    expect(append.statusUpdate).toEqual({
      row: LOG_FIRST_DATA_ROW + 1,
      col: LOG_COLUMNS.status,
      address: 'H5',
      value: 'Đã hủy',
    });
    expect(append.cells[LOG_COLUMNS.related]).toEqual({ value: 2 });
    expect(append.cells[LOG_COLUMNS.status]).toBeUndefined();
  });

  it('a correction: one row, plus "Đã sửa" on the corrected row', () => {
    const state = applyAll(
      EMPTY_BALLOT_STATE,
      [
        ...ballotsFor(AN, { agree: 3 }),
        { kind: 'correct', number: 2, ballot: ballot(2, marks([AN, 'disagree'])) },
      ],
      m,
    );
    expect(logRowForEvent(layout, state).statusUpdate).toMatchObject({ address: 'H5', value: 'Đã sửa' });
  });

  it('nothing to append in an empty log is a programming error', () => {
    expect(() => logRowForEvent(layout, EMPTY_BALLOT_STATE)).toThrow('Nhật ký phiếu chưa có mục nào');
  });
});

describe('reading the log back', () => {
  const events: BallotEvent[] = [
    {
      kind: 'written',
      vote: { round: 1, memberName: 'Đỗ Thị Lan', marks: marks([AN, 'agree']) },
      enteredBy: 'Thư ký',
      enteredAt: 't0',
    },
    record(ballot(1, marks([AN, 'agree'], [BINH, 'disagree'], [CHI, 'agree']))),
    record(ballot(2, {}, { invalid: true })),
    { kind: 'undo', round: 1, lastNumber: 2, enteredBy: 'Thư ký', enteredAt: 't1' },
    { kind: 'correct', number: 1, ballot: ballot(1, marks([AN, 'disagree'])) },
    { kind: 'withdrawWritten', round: 1, memberName: 'Đỗ Thị Lan', enteredBy: 'Thư ký', enteredAt: 't2' },
  ];
  const state = applyAll(EMPTY_BALLOT_STATE, events, m);

  it('gives back the same events and state, so a reopened pane continues where it was', () => {
    const read = readBallotLog(asValues(buildBallotLogSheet(layout, state).cells), m);
    expect(read.issues).toEqual([]);
    expect(read.events).toEqual(events);
    expect(read.state).toEqual(state);
  });

  it('manual counts round-trip too', () => {
    const count: BallotEvent = {
      kind: 'count',
      count: {
        round: 1,
        returned: 41,
        invalid: 2,
        perCandidate: { [key(AN)]: { agree: 30, disagree: 9 }, [key(CHI)]: { agree: 12, disagree: 0 } },
        enteredBy: 'Thư ký',
        enteredAt: 't',
      },
    };
    const s = applyAll(EMPTY_BALLOT_STATE, [count], m);
    expect(readBallotLog(asValues(buildBallotLogSheet(layout, s).cells), m).events).toEqual([count]);
  });

  it('points at a mark that is neither Đ nor K', () => {
    const values = asValues(buildBallotLogSheet(layout, state).cells);
    values[LOG_FIRST_DATA_ROW + 1][layout.candidateColumn[key(BINH)]] = 'x';
    const { issues } = readBallotLog(values, m);
    expect(issues[0]).toMatchObject({
      code: 'vote.log.unreadable',
      location: { sheet: 'Nhật ký phiếu', address: 'R5' },
    });
    expect(issues[0].message).toContain(
      'Dòng 5 của Nhật ký phiếu: ô ghi "x", chỉ được ghi Đ (đồng ý), K (không đồng ý) hoặc để trống.',
    );
  });

  it('reports a status cell changed by hand as an error: Kiểm phiếu counts by it', () => {
    const values = asValues(buildBallotLogSheet(layout, state).cells);
    values[LOG_FIRST_DATA_ROW + 2][LOG_COLUMNS.status] = 'Hiệu lực';
    const { issues } = readBallotLog(values, m);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'vote.log.status-mismatch',
        severity: 'error',
        location: { sheet: 'Nhật ký phiếu', address: 'H6' },
      }),
    ]);
    expect(issues[0].message).toContain('ghi trạng thái "Hiệu lực" nhưng theo nhật ký phải là "Đã hủy"');
  });

  it('reports an unknown kind and a duplicate ballot typed in by hand', () => {
    const values = asValues(buildBallotLogSheet(layout, state).cells);
    const extra = [...values[LOG_FIRST_DATA_ROW + 1]];
    extra[LOG_COLUMNS.stt] = 7;
    values.push(extra);
    const odd = [...values[LOG_FIRST_DATA_ROW + 1]];
    odd[LOG_COLUMNS.kind] = 'Xóa';
    values.push(odd);
    const { issues } = readBallotLog(values, m);
    expect(issues.map((i) => [i.code, i.location?.address])).toEqual([
      ['vote.log.unreadable', 'F11'],
      // The copy carries STT 7 but a check value chained to another row; the odd row goes back to STT 2.
      ['vote.log.broken', 'A10'],
      ['vote.log.broken', 'A11'],
      ['vote.log.refused', undefined],
    ]);
  });

  it('finds its columns by their headers even if a user moved them', () => {
    const values = asValues(buildBallotLogSheet(layout, state).cells).map((row) => {
      const r = [...row];
      const a = layout.candidateColumn[key(AN)];
      const c = layout.candidateColumn[key(CHI)];
      [r[a], r[c]] = [r[c], r[a]];
      return r;
    });
    expect(readBallotLog(values, m).events).toEqual(events);
  });
});
