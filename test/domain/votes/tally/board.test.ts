import { boardModel, type BoardLabels } from '../../../../src/domain/votes/tally/board';
import { sessionTally, startTally } from '../../../../src/domain/votes/tally/session';
import { HANG_KEY, MEETING_KEYS, YEN_KEY, type, votes61 } from './fixtures';

const LABELS: BoardLabels = {
  title: 'KẾT QUẢ KIỂM PHIẾU',
  round: 'Vòng',
  counted: 'Đã kiểm',
  ballots: 'phiếu',
  ballot: 'Phiếu số',
  agree: 'Đồng ý',
  percent: 'Tỉ lệ',
  result: 'Kết quả',
  light: 'Nền sáng',
  dark: 'Nền tối',
  waiting: 'Đang chờ',
};
const WORDS = {
  passed: 'Đạt',
  failed: 'Không đạt',
  needMore: (n: number) => `Cần thêm ${n} phiếu`,
  leading: 'Tạm đạt',
};

describe('the projector’s board as data', () => {
  test('mid-count: counted line names the next ballot, rows carry counts, percentages and words', () => {
    const session = type(startTally(votes61()), MEETING_KEYS.slice(0, 10));
    const board = boardModel(session, sessionTally(session), WORDS, LABELS, { lang: 'vi' });
    expect(board.countedText).toBe('Đã kiểm 10/41 phiếu · Phiếu số 11');
    expect(board.rows.map((r) => r.key)).toEqual([HANG_KEY, YEN_KEY]);
    expect(board.rows[0]).toMatchObject({
      name: 'Dương Thị Thanh Hằng',
      title: 'CSTĐCS',
      agree: 10,
      base: 10,
    });
    expect(board.rows[0].statusText).toMatch(/^(Tạm đạt|Cần thêm \d+ phiếu)$/);
    expect(JSON.parse(JSON.stringify(board))).toEqual(board);
  });

  test('at the end: 28/40 Đạt and 27/40 Không đạt, with an eligibility warning carried beside Đạt', () => {
    const session = type(startTally(votes61()), MEETING_KEYS);
    const warnings = new Map([[HANG_KEY, 'chưa đủ điều kiện CSTĐCS']]);
    const board = boardModel(session, sessionTally(session), WORDS, LABELS, { lang: 'vi', warnings });
    expect(board.countedText).toBe('Đã kiểm 41/41 phiếu');
    expect(board.rows[0]).toMatchObject({
      agree: 28,
      base: 40,
      percentText: '70,00%',
      statusText: 'Đạt',
      warning: 'chưa đủ điều kiện CSTĐCS',
    });
    expect(board.rows[1]).toMatchObject({ agree: 27, percentText: '67,50%', statusText: 'Không đạt' });
  });
});
