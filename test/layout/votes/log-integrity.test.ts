/**
 * "Nhật ký phiếu" as users meet it: Vietnamese headers, real date-times, hand counts that must be numbers,
 * and every row deleted, cleared, inserted or edited by hand reported with its cell and the counts it
 * affects. Reproduces the hand-count and tampering bugs of the workbook-as-database issue.
 */
import { isFormulaCell, type Cell, type CellValue } from '../../../src/layout/grid';
import {
  EMPTY_BALLOT_STATE,
  SEED_003_PROFILE,
  tallyMeeting,
  type BallotEvent,
  type Meeting,
} from '../../../src/domain/votes';
import {
  LOG_COLUMNS,
  LOG_FIRST_DATA_ROW,
  LOG_TIME_FORMAT,
  ballotLogLayout,
  buildBallotLogSheet,
  compareLogWithCounts,
  readBallotLog,
} from '../../../src/layout/votes';
import { cellAddress } from '../../../src/layout/a1';
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
import { MeetingRig } from './rig';

const asValues = (cells: (Cell | undefined)[][]): CellValue[][] =>
  cells.map((row) =>
    Array.from(row, (c) => (c === undefined ? null : isFormulaCell(c) ? c.formula : c.value)),
  );

const m: Meeting = meeting({ candidates: [AN, BINH, CHI], present: 41, totalMembers: 61 });
const layout = ballotLogLayout(m);

/** A hand count of round 1: An 30 of 41 (Đạt at 70% of those present), Bình 20, Chi 35. */
const handCount: BallotEvent = {
  kind: 'count',
  count: {
    round: 1,
    returned: 41,
    invalid: 0,
    perCandidate: {
      [key(AN)]: { agree: 30, disagree: 11 },
      [key(BINH)]: { agree: 20, disagree: 21 },
      [key(CHI)]: { agree: 35, disagree: 6 },
    },
    enteredBy: 'Thư ký',
    enteredAt: '2021-05-25T15:00:00',
  },
};

function sheetOf(events: BallotEvent[]): CellValue[][] {
  return asValues(buildBallotLogSheet(layout, applyAll(EMPTY_BALLOT_STATE, events, m)).cells);
}

const anStatus = (values: CellValue[][]) =>
  tallyMeeting(SEED_003_PROFILE, m, readBallotLog(values, m).state).rounds[0].candidates.find(
    (c) => c.key === key(AN),
  )?.status;

describe('a hand count typed on the sheet must be a whole number typed as a number', () => {
  const agreeCell = cellAddress(LOG_FIRST_DATA_ROW, layout.candidateColumn[key(AN)]);

  it('30 of 41 as typed by the pane: An passes', () => {
    const values = sheetOf([handCount]);
    expect(readBallotLog(values, m).issues).toEqual([]);
    expect(anStatus(values)).toBe('passed');
  });

  it.each(['3O', '30 phiếu', '30,0', '1e1', '', ' 30'])(
    '"%s" is refused with its cell, never read as 0 or 10',
    (typed) => {
      const values = sheetOf([handCount]);
      values[LOG_FIRST_DATA_ROW][layout.candidateColumn[key(AN)]] = typed;
      const read = readBallotLog(values, m);
      const refusal = read.issues.find((i) => i.code === 'vote.log.unreadable');
      expect(refusal).toMatchObject({
        severity: 'error',
        location: { sheet: 'Nhật ký phiếu', address: agreeCell },
      });
      expect(refusal?.message).toContain('Nguyễn Văn An');
      // The row is left out of the count rather than counted with a made-up number.
      expect(read.events).toEqual([]);
      expect(anStatus(values)).not.toBe('failed');
    },
  );

  it('a number that is not whole (30,5) is refused too; so is a cleared cell beside a filled one', () => {
    const values = sheetOf([handCount]);
    values[LOG_FIRST_DATA_ROW][layout.candidateColumn[key(AN)]] = 30.5;
    expect(readBallotLog(values, m).issues[0].message).toContain('ghi 30,5, không phải số nguyên');
    const cleared = sheetOf([handCount]);
    cleared[LOG_FIRST_DATA_ROW][layout.disagreeCountColumn[key(BINH)]] = null;
    expect(readBallotLog(cleared, m).issues[0]).toMatchObject({
      code: 'vote.log.unreadable',
      location: { address: cellAddress(LOG_FIRST_DATA_ROW, layout.disagreeCountColumn[key(BINH)]) },
    });
  });

  it('the returned ballots typed as text are refused with their cell', () => {
    const values = sheetOf([handCount]);
    values[LOG_FIRST_DATA_ROW][LOG_COLUMNS.returned] = '41 phiếu';
    expect(readBallotLog(values, m).issues[0]).toMatchObject({
      code: 'vote.log.unreadable',
      location: { address: cellAddress(LOG_FIRST_DATA_ROW, LOG_COLUMNS.returned) },
    });
  });
});

describe('rows deleted, cleared or edited by hand are reported with their cell', () => {
  const events = ballotsFor(AN, { agree: 4, disagree: 2 }, [BINH]);
  const broken = (values: CellValue[][]) =>
    readBallotLog(values, m).issues.filter((i) => i.code === 'vote.log.broken');

  it('an untouched log reads without a word', () => {
    expect(readBallotLog(sheetOf(events), m).issues).toEqual([]);
  });

  it('deleting ballot 3 names the row after the gap: STT 3 is missing', () => {
    const values = sheetOf(events);
    values.splice(LOG_FIRST_DATA_ROW + 2, 1);
    const issues = broken(values);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', location: { address: 'A6' } });
    expect(issues[0].message).toContain('thiếu dòng STT 3 ngay trước dòng này');
  });

  it('clearing ballot 3 names the blank row and the gap it leaves', () => {
    const values = sheetOf(events);
    values[LOG_FIRST_DATA_ROW + 2] = values[LOG_FIRST_DATA_ROW + 2].map(() => null);
    expect(broken(values).map((i) => i.location?.address)).toEqual(['A6', 'A7']);
  });

  it('deleting the last ballot is found by the seal on row 1', () => {
    const values = sheetOf(events);
    values.pop();
    const issues = broken(values);
    expect(issues.map((i) => i.location?.address)).toEqual(['A9']);
    expect(issues[0].message).toContain('đã ghi 6 dòng nhưng dòng STT 6 ở cuối không còn');
  });

  it('changing Đ to K on ballot 2 names that row and the candidates it affects', () => {
    const values = sheetOf(events);
    values[LOG_FIRST_DATA_ROW + 1][layout.candidateColumn[key(AN)]] = 'K';
    const read = readBallotLog(values, m);
    const issues = read.issues.filter((i) => i.code === 'vote.log.broken');
    expect(issues).toHaveLength(1);
    expect(issues[0].location).toEqual({ sheet: 'Nhật ký phiếu', address: 'A5' });
    expect(issues[0].message).toContain('đã bị sửa bằng tay sau khi ghi');
    expect(issues[0].message).toContain(
      'ảnh hưởng số phiếu vòng 1 (LĐTT): Nguyễn Văn An (LĐTT), Trần Thị Bình (LĐTT)',
    );
    expect(read.broken).toEqual([
      {
        row: LOG_FIRST_DATA_ROW + 1,
        address: 'A5',
        reason: 'edited',
        seq: 2,
        round: 1,
        candidateKeys: [key(AN), key(BINH)],
      },
    ]);
  });
});

describe('what users see on the sheet', () => {
  const state = applyAll(EMPTY_BALLOT_STATE, [record(ballot(1, marks([AN, 'agree'], [CHI, 'disagree'])))], m);
  const sheet = buildBallotLogSheet(layout, state);
  const heads = asValues(sheet.cells.slice(0, 3))
    .flat()
    .filter((v): v is string => typeof v === 'string');

  it('Vietnamese headers only: no internal key such as CSTDCS:GV03#K or enteredBy', () => {
    expect(heads).toEqual(expect.arrayContaining(['STT', 'Thời điểm', 'Người nhập', 'Mã kiểm tra']));
    expect(heads).toEqual(
      expect.arrayContaining(['CSTĐCS', 'Lê Thị Chi (GV03)', 'CSTĐCS – Không đồng ý (đếm tay)']),
    );
    for (const h of heads) {
      expect(h).not.toMatch(/[A-Z_]+:[A-Za-z0-9]|#K|^(stt|enteredBy|over:)/);
    }
  });

  it('the time is a real date-time number shown dd/mm/yyyy hh:mm, and reads back to the second', () => {
    const time = asValues(sheet.cells)[LOG_FIRST_DATA_ROW][LOG_COLUMNS.time];
    expect(typeof time).toBe('number');
    expect(LOG_TIME_FORMAT).toBe('dd/mm/yyyy hh:mm');
    const timeColumn = cellAddress(LOG_FIRST_DATA_ROW, LOG_COLUMNS.time);
    expect(sheet.styles).toContainEqual({
      range: expect.stringMatching(new RegExp(`^${timeColumn}:D\\d+$`)),
      style: { numberFormat: 'dd/mm/yyyy hh:mm' },
    });
    const read = readBallotLog(asValues(sheet.cells), m);
    expect(read.events[0]).toEqual(state.entries[0].event);
  });

  it('a log of the earlier format (machine keys on row 2, ISO text times) is still read, and said to be old', () => {
    const keys = [
      'stt',
      'round',
      'number',
      'time',
      'enteredBy',
      'kind',
      'spoiled',
      'status',
      'related',
      'note',
    ];
    const old: CellValue[][] = [
      ['NHẬT KÝ PHIẾU BẦU'],
      [
        ...keys,
        'returned',
        'invalid',
        'valid',
        'over:LDTT',
        'LDTT:GV01',
        'LDTT:GV02',
        'LDTT:GV01#K',
        'LDTT:GV02#K',
      ],
      ['STT', 'Vòng', 'Số phiếu', 'Thời gian', 'Người nhập', 'Loại', 'Phiếu hỏng', 'Trạng thái'],
      [
        1,
        1,
        1,
        '2021-05-20T14:00:01',
        'Thư ký',
        'Ghi',
        null,
        'Hiệu lực',
        null,
        null,
        null,
        null,
        'Có',
        'Không',
        'Đ',
        'K',
      ],
      [
        2,
        1,
        2,
        '2021-05-20T14:00:02',
        'Thư ký',
        'Ghi',
        null,
        'Hiệu lực',
        null,
        null,
        null,
        null,
        'Có',
        'Không',
        'Đ',
      ],
      [
        3,
        1,
        3,
        '2021-05-20T14:00:03',
        'Thư ký',
        'Ghi',
        null,
        'Hiệu lực',
        null,
        null,
        null,
        null,
        'Có',
        'Không',
        'K',
      ],
    ];
    const mOld = meeting({ candidates: [AN, BINH] });
    const read = readBallotLog(old, mOld);
    expect(read.format).toBe('old');
    expect(read.events).toHaveLength(3);
    expect(read.issues.map((i) => [i.code, i.severity])).toEqual([['vote.log.old-format', 'warning']]);
    old.splice(4, 1);
    expect(readBallotLog(old, mOld).issues.map((i) => [i.code, i.location?.address])).toEqual([
      ['vote.log.broken', 'A5'],
      ['vote.log.old-format', 'A2'],
    ]);
    // Emptied but still in the old format: a ballot appended now would land one column off, so the
    // pane is told to convert it first, as for a log with rows.
    const empty = old.slice(0, 3);
    expect(readBallotLog(empty, mOld).issues.map((i) => i.code)).toEqual(['vote.log.old-format']);
  });
});

describe('"Kiểm phiếu" shows in red when the STT is not continuous', () => {
  it('"Có" for the log as written; "Không" once a row is deleted, and the check agrees', () => {
    const rig = new MeetingRig(SEED_003_PROFILE, meeting({ candidates: [AN, BINH] }), 30);
    rig.applyAll(ballotsFor(AN, { agree: 3, disagree: 1 }, [BINH]));
    expect(rig.countValue(rig.count.map.logContinuous)).toBe('Có');
    const compare = () =>
      compareLogWithCounts(
        rig.book.values(rig.log.sheetName),
        rig.book.values(rig.count.map.sheetName),
        rig.count.map,
        rig.profile,
        rig.meeting,
      );
    expect(compare()).toEqual([]);
    rig.book.hf.removeRows(rig.book.id(rig.log.sheetName), [LOG_FIRST_DATA_ROW + 1, 1]);
    expect(rig.countValue(rig.count.map.logContinuous)).toBe('Không');
    const issues = compare();
    expect(issues.map((i) => i.code)).toContain('vote.log.broken');
    expect(issues.filter((i) => i.code === 'vote.compare.mismatch')).toEqual([]);
  });

  it('a row typed with an STT as text also turns it red', () => {
    const rig = new MeetingRig(SEED_003_PROFILE, meeting({ candidates: [AN, BINH] }), 30);
    rig.applyAll(ballotsFor(AN, { agree: 2 }, [BINH]));
    rig.book.setCell(rig.log.sheetName, LOG_FIRST_DATA_ROW + 1, LOG_COLUMNS.stt, 'hai');
    expect(rig.countValue(rig.count.map.logContinuous)).toBe('Không');
  });
});
