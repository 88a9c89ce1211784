import { checkDraft } from '../../../src/taskpane/panels/template/draft-checks';
import { sampleDraft } from '../../../src/taskpane/panels/template/draft';
import { fitRoundsToYear, roundsOutsideYear } from '../../../src/taskpane/panels/template/rounds/rounds-year';
import { setMonthly } from '../../../src/taskpane/panels/template/rounds/rounds-edit';

describe('rounds follow the school year', () => {
  const sample = sampleDraft(false);

  test("year 2024-2025 (05/09/2024–31/05/2025) does not keep the sample's 2020-2021 rounds", () => {
    expect(sample.config.rounds[0].start.startsWith('2020')).toBe(true);
    const rounds = fitRoundsToYear(sample.config.rounds, sample.info.yearStart, '2024-09-05', '2025-05-31');
    for (const round of rounds) {
      expect(round.start >= '2024-09-05').toBe(true);
      expect(round.end <= '2025-05-31').toBe(true);
    }
    expect(rounds[0].start).toBe('2024-09-05'); // 01/09/2024 is before the year: held at its first day
    expect(rounds[rounds.length - 1].start.startsWith('2025-01')).toBe(true);
  });

  test('a monthly round gets the months of its new dates', () => {
    const monthly = { ...sample.config, rounds: setMonthly(sample.config, 0, true) };
    const rounds = fitRoundsToYear(monthly.rounds, sample.info.yearStart, '2024-09-05', '2025-05-31');
    expect(rounds[0].months?.[0].id).toBe(`${rounds[0].id}-t9-2024`);
  });

  test('the check names every round outside the year, and building is blocked', () => {
    const draft = { ...sample, info: { ...sample.info, yearStart: '2024-09-05', yearEnd: '2025-05-31' } };
    const issues = roundsOutsideYear(draft.config.rounds, '2024-09-05', '2025-05-31');
    expect(issues).toHaveLength(draft.config.rounds.length);
    expect(issues[0].message).toContain('nằm ngoài năm học 05/09/2024–31/05/2025');
    expect(checkDraft(draft).errors.map((i) => i.code)).toContain('template.round-outside-year');
  });

  test('rounds inside the year raise nothing', () => {
    expect(roundsOutsideYear(sample.config.rounds, sample.info.yearStart, sample.info.yearEnd)).toEqual([]);
  });
});
