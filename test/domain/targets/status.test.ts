import type { EligibilityResult, StatusInput } from '../../../src/domain/targets';
import { evaluateTargets, statusOf } from '../../../src/domain/targets';
import { baseInput, person, record } from './helpers';

const eligible: EligibilityResult = { verdict: 'eligible', checks: [] };
const notEligible: EligibilityResult = {
  verdict: 'not-eligible',
  checks: [
    {
      code: 'rating',
      outcome: 'fail',
      message: 'xếp loại HTNV',
      source: 'Luật Thi đua, khen thưởng 2022 Điều 24',
    },
    { code: 'months', outcome: 'pass', message: 'đủ tháng', source: 'TT 01/2024/TT-BNV' },
  ],
};

const base: StatusInput = {
  subjectLabel: 'Lê Thị Mai (mã GV03)',
  titleLabel: 'Lao động tiên tiến',
  requireRegistration: true,
  registered: true,
  eligibility: eligible,
  proposed: true,
  vote: 'passed',
  approval: 'approved',
};

describe('registered → eligible → proposed → voted → approved', () => {
  it('stops before registration, for good, citing the registration principle', () => {
    const s = statusOf({ ...base, registered: false });
    expect(s).toMatchObject({ stage: 'not-registered', out: true });
    expect(s.reasons[0].message).toBe('Lê Thị Mai (mã GV03) chưa đăng ký thi đua Lao động tiên tiến.');
    expect(s.reasons[0].source).toMatch(/không đăng ký thì không xét/);
  });

  it('without required registration, a person starts as registered', () => {
    expect(statusOf({ ...base, registered: false, requireRegistration: false }).stage).toBe('approved');
  });

  it('stops at registered when not eligible, quoting only the failed conditions', () => {
    const s = statusOf({ ...base, eligibility: notEligible });
    expect(s).toMatchObject({ stage: 'registered', out: true });
    expect(s.reasons).toEqual([
      { message: 'xếp loại HTNV', source: 'Luật Thi đua, khen thưởng 2022 Điều 24 (đã kiểm chứng)' },
    ]);
  });

  it('waits at registered (not out) while eligibility is unknown', () => {
    const s = statusOf({ ...base, eligibility: { verdict: 'unknown', checks: [] } });
    expect(s).toMatchObject({ stage: 'registered', out: false });
  });

  it('waits at eligible until proposed', () => {
    const s = statusOf({ ...base, proposed: false, vote: 'none', approval: 'none' });
    expect(s).toMatchObject({ stage: 'eligible', out: false });
    expect(s.reasons[0].message).toContain('chưa được đề nghị');
  });

  it('stops at proposed when the vote fails, and waits there before the vote', () => {
    expect(statusOf({ ...base, vote: 'failed', approval: 'none' })).toMatchObject({
      stage: 'proposed',
      out: true,
    });
    const waiting = statusOf({ ...base, vote: 'none', approval: 'none' });
    expect(waiting).toMatchObject({ stage: 'proposed', out: false });
    expect(waiting.reasons[0].message).toContain('chưa có kết quả bình xét');
  });

  it('stops at voted when not approved, and waits there before the decision', () => {
    expect(statusOf({ ...base, approval: 'rejected' })).toMatchObject({ stage: 'voted', out: true });
    expect(statusOf({ ...base, approval: 'none' }).reasons[0].message).toContain(
      'chưa có quyết định công nhận',
    );
  });

  it('reaches approved with no reason left', () => {
    expect(statusOf(base)).toEqual({ stage: 'approved', out: false, reasons: [] });
  });
});

describe('result stage', () => {
  function ldtt(resultStage: 'eligible' | 'approved', vote: 'passed' | 'failed' | 'none') {
    const input = baseInput('luat-2022', [person('GV01')], [record('GV01')]);
    input.registrations = [{ subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT' }];
    input.decisions = [{ subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT', vote }];
    input.targets = [
      {
        id: 'LDTT',
        kind: 'individual',
        titleId: 'LDTT',
        awardLabel: 'Lao động tiên tiến',
        level: '',
        count: 1,
      },
    ];
    input.resultStage = resultStage;
    return evaluateTargets(input).targets[0];
  }

  it('planning ahead at "eligible" counts the eligible, but never one whose vote failed', () => {
    expect(ldtt('eligible', 'none').result).toBe(1);
    expect(ldtt('eligible', 'failed')).toMatchObject({ result: 0, pool: 0, status: 'unreachable' });
  });

  it('at "approved", a passed vote without the decision is not yet a result', () => {
    expect(ldtt('approved', 'passed')).toMatchObject({ result: 0, pool: 1, status: 'short', gap: -1 });
  });
});
