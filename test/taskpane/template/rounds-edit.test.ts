import { defaultScoringConfig, seed000Rounds } from '../../../src/domain/scoring';
import {
  addBand,
  addRound,
  monthsBetween,
  setMonthly,
  toggleLevel,
  updateRound,
} from '../../../src/taskpane/panels/template/rounds/rounds-edit';

describe('rounds and months', () => {
  test('Đợt 1 of seed 000 (01/09/2020 – 15/01/2021) spans Tháng 9 to Tháng 1', () => {
    const months = monthsBetween('dot-1', '2020-09-01', '2021-01-15');
    expect(months.map((m) => m.label)).toEqual(['Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12', 'Tháng 1']);
    expect(new Set(months.map((m) => m.id)).size).toBe(5);
  });

  test('dates out of order give no months', () => {
    expect(monthsBetween('x', '2021-02-01', '2021-01-01')).toEqual([]);
    expect(monthsBetween('x', 'hôm nay', '2021-01-01')).toEqual([]);
  });

  test('a monthly round follows its dates when they change', () => {
    const config = defaultScoringConfig();
    const monthly = { ...config, rounds: setMonthly(config, 1, true) };
    expect(monthly.rounds[1].months?.map((m) => m.label)).toEqual([
      'Tháng 1',
      'Tháng 2',
      'Tháng 3',
      'Tháng 4',
      'Tháng 5',
    ]);
    const shorter = updateRound(monthly, 1, { end: '2021-03-31' });
    expect(shorter[1].months?.map((m) => m.label)).toEqual(['Tháng 1', 'Tháng 2', 'Tháng 3']);
    expect(setMonthly({ ...monthly, rounds: shorter }, 1, false)[1].months).toBeUndefined();
  });

  test('a new round starts the day after the last one ends', () => {
    const config = addRound({ ...defaultScoringConfig(), rounds: seed000Rounds().slice(0, 1) }, '2021-05-28');
    expect(config.rounds[1]).toEqual({
      id: 'dot-2',
      label: 'Đợt 2',
      start: '2021-01-16',
      end: '2021-05-28',
      weight: 1,
    });
  });
});

describe('levels and bands', () => {
  test('levels keep the order self, team, council whatever order they are ticked', () => {
    expect(toggleLevel(['council'], 'self', true)).toEqual(['self', 'council']);
    expect(toggleLevel(['self', 'team', 'council'], 'team', false)).toEqual(['self', 'council']);
  });

  test('a new band sits below the lowest', () => {
    const config = addBand(defaultScoringConfig());
    expect(config.bands).toHaveLength(5);
    expect(config.bands[4].min).toBe(0);
    expect(config.bands[4].id).toBe('MUC5');
  });
});
