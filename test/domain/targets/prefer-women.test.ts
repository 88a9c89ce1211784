import fc from 'fast-check';
import type { ShortlistCandidate } from '../../../src/domain/targets';
import { preferWomenOnTie, shortlistWithinCap } from '../../../src/domain/targets';

const c = (id: string, gender: 'nam' | 'nữ', score: number): ShortlistCandidate => ({
  id,
  name: id,
  gender,
  score,
});

describe('women preferred when titles tie (NĐ 152/2025 Điều 4)', () => {
  it('orders by score, then women first on equal scores, then as given', () => {
    const ordered = preferWomenOnTie([
      c('Bình', 'nam', 92),
      c('An', 'nam', 95),
      c('Hoa', 'nữ', 92),
      c('Lan', 'nữ', 92),
    ]);
    expect(ordered.map((x) => x.id)).toEqual(['An', 'Hoa', 'Lan', 'Bình']);
  });

  it('a cap of 2 between a man and a woman on 92 keeps the woman', () => {
    const list = shortlistWithinCap([c('An', 'nam', 95), c('Bình', 'nam', 92), c('Hoa', 'nữ', 92)], 2);
    expect(list.kept.map((x) => x.id)).toEqual(['An', 'Hoa']);
    expect(list.cut.map((x) => x.id)).toEqual(['Bình']);
    expect(list.unresolvedTie).toEqual([]);
  });

  it('reports, and does not decide, a tie of two women across the cut', () => {
    const list = shortlistWithinCap([c('An', 'nam', 95), c('Hoa', 'nữ', 92), c('Lan', 'nữ', 92)], 2);
    expect(list.unresolvedTie.map((x) => x.id)).toEqual(['Hoa', 'Lan']);
  });

  it('property: a permutation, scores never increase, and on equal scores no man precedes a woman', () => {
    const candidate = fc.record({
      id: fc.uuid(),
      name: fc.string(),
      gender: fc.constantFrom<'nam' | 'nữ'>('nam', 'nữ'),
      score: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), (list) => {
        const ordered = preferWomenOnTie(list);
        expect([...ordered].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...list].sort((a, b) => a.id.localeCompare(b.id)),
        );
        for (let i = 1; i < ordered.length; i++) {
          const [a, b] = [ordered[i - 1], ordered[i]];
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.score === b.score) expect(a.gender === 'nam' && b.gender === 'nữ').toBe(false);
        }
      }),
    );
  });
});
