import { flagRows, severityTally } from '../../../src/taskpane/panels/targets/flag-rows';
import { samplePlan } from './fixtures';

describe("seed 000's flags on the dashboard", () => {
  const { evaluation } = samplePlan();

  it('flags the plan of 10 CSTĐCS over the 15% cap of 61 LĐTT under NĐ 91/2017 Điều 9 khoản 3, at its cell', () => {
    const cap = flagRows(evaluation.flags, false).find((f) => f.code === 'targets.cap.cstdcs-plan');
    expect(cap).toMatchObject({
      severity: 'error',
      source: 'NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (đã kiểm chứng)',
      location: { sheet: 'Chỉ tiêu', address: 'F6' },
    });
    expect(cap!.message).toMatch(/15% của 61 là 9,15, nên tối đa 9/);
  });

  it('puts errors first, then warnings, and hides notes unless asked', () => {
    const shown = flagRows(evaluation.flags, false);
    const order = shown.map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort((a, b) => ['error', 'warning'].indexOf(a) - ['error', 'warning'].indexOf(b)),
    );
    expect(shown.some((f) => f.severity === 'info')).toBe(false);
    const tally = severityTally(evaluation.flags);
    expect(flagRows(evaluation.flags, true)).toHaveLength(tally.error + tally.warning + tally.info);
    expect(shown).toHaveLength(tally.error + tally.warning);
  });
});
