/**
 * Tổ and person names are free text: none may act as a COUNTIF wildcard or operator on "Đăng ký" or "Chỉ tiêu"
 * (issue 9). Seed 000's year with every tổ and some people renamed from an adversarial list must give the
 * same counts in HyperFormula as in the engine.
 */
import { TARGET_PROFILES } from '../../src/domain/targets';
import { fullYearInput } from '../domain/targets/fixtures/school61';
import { buildWorkbook } from '../layout/targets/build-workbook';
import { expectParity } from './targets-parity';

const ADVERSARIAL = [
  '*',
  '?',
  '~',
  '=',
  '<>',
  '>=5',
  "'Tổ trích dẫn",
  'T'.repeat(200),
  'Tổ Toán – Tin'.normalize('NFD'),
];

describe("parity with adversarial tổ and person names (*, ?, ~, =, <>, >=5, leading ', 200 chars, NFD)", () => {
  it.each(['luat-2003', 'luat-2022'] as const)(
    'every tổ count and verdict equals the engine’s (%s)',
    (id) => {
      const input = fullYearInput(TARGET_PROFILES[id]);
      // Eight tổ, nine names: the first eight, so "*" sits beside ordinary members of other tổ.
      input.teams = input.teams.map((t, i) => ({ ...t, name: ADVERSARIAL[i] }));
      input.staff = input.staff.map((p, i) =>
        i < ADVERSARIAL.length ? { ...p, fullName: ADVERSARIAL[i] } : p,
      );
      const built = buildWorkbook(input);
      expectParity(built, input);
    },
  );

  it('the NFD name and the 200-character name are tổ of their own', () => {
    const input = fullYearInput(TARGET_PROFILES['luat-2022']);
    input.teams = input.teams.map((t, i) => ({
      ...t,
      name: i === 0 ? ADVERSARIAL[8] : i === 1 ? ADVERSARIAL[7] : t.name,
    }));
    expectParity(buildWorkbook(input), input);
  });
});
