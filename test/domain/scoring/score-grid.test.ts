import fc from 'fast-check';
import { ScoreGrid } from '../../../src/domain/scoring/score-grid';
import { config, person, points, roster, TWO_ROUNDS } from './fixtures';

const school = roster([
  person('GV01', 'Nguyễn Văn An'),
  person('GV02', 'Trần Thị Bình'),
  person('GV01', 'An (trùng mã)'),
]);
const cfg = config(
  [points('1.1', 10), points('1.2', 90), points('1.1', 10)],
  [
    TWO_ROUNDS[0],
    {
      ...TWO_ROUNDS[1],
      months: [
        { id: 't1', label: 'Tháng 1' },
        { id: 't2', label: 'Tháng 2' },
      ],
    },
  ],
);

describe('the grid of typed values', () => {
  test('people, criteria and rounds with the same id share a slot; each month is a period', () => {
    const grid = new ScoreGrid(school, cfg);
    expect(grid.people.get('GV01')).toMatchObject({ slot: 2, person: { fullName: 'An (trùng mã)' } });
    expect(grid.criteria.get('1.1')?.slot).toBe(2);
    expect(grid.periodCount).toBe(3);
    expect(grid.levels).toEqual(['self', 'team', 'council']);
  });

  test('a cell typed twice is seen the second time', () => {
    const grid = new ScoreGrid(school, cfg);
    const cell = grid.cell(1, 2, 1) + 2;
    expect(grid.markSeen(cell)).toBe(false);
    expect(grid.markSeen(cell)).toBe(true);
  });

  test('property: a grid too big for an array (kept in a map) holds and reads the same values', () => {
    const cells = 3 * 3 * 3 * 3;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(cells - 1), fc.oneof(fc.double({ noNaN: true }), fc.constant(Number.NaN)))),
        (writes) => {
          const dense = new ScoreGrid(school, cfg);
          const sparse = new ScoreGrid(school, cfg, true, 0);
          for (const [offset, value] of writes) {
            dense.set(offset, value);
            sparse.set(offset, value);
            expect(sparse.markSeen(offset)).toBe(dense.markSeen(offset));
          }
          for (let p = 0; p < 3; p++)
            for (let q = 0; q < 3; q++) {
              const a = dense.period(p, q);
              const b = sparse.period(p, q);
              const width = periodWidth(dense);
              expect(Array.from(b.values.subarray(b.base, b.base + width))).toEqual(
                Array.from(a.values.subarray(a.base, a.base + width)),
              );
            }
        },
      ),
    );
  });
});

/** Values of one person in one period: criteria × levels. */
function periodWidth(g: ScoreGrid): number {
  return g.criterionCount * g.levelCount;
}
