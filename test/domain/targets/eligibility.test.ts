import type { ConditionCheck, PersonRecord, TargetProfileId } from '../../../src/domain/targets';
import { evaluateTargets } from '../../../src/domain/targets';
import type { TitleId } from '../../../src/domain/titles';
import { baseInput, person, record } from './helpers';

/** Evaluates one person registered for LĐTT, CSTĐCS and CSTĐ tỉnh, and returns the checks for `titleId`. */
function checksFor(profileId: TargetProfileId, titleId: TitleId, extra: Partial<PersonRecord>) {
  const input = baseInput(profileId, [person('GV01')], [record('GV01', extra)]);
  input.registrations = (['LDTT', 'CSTDCS', 'CSTD_TINH'] as TitleId[]).map((t) => ({
    subject: { kind: 'person', id: 'GV01' },
    titleId: t,
  }));
  const status = evaluateTargets(input).people.find((p) => p.titleId === titleId)!;
  return status;
}

function failed(checks: ConditionCheck[]) {
  return checks.filter((c) => c.outcome === 'fail');
}

describe('LĐTT (Luật 2022 Điều 24; TT 01/2024/TT-BNV)', () => {
  it('is eligible with HTTNV and years of service', () => {
    expect(checksFor('luat-2022', 'LDTT', {}).eligibility.verdict).toBe('eligible');
  });

  it('refuses HTNV, saying what was found and what is needed', () => {
    const [fail] = failed(checksFor('luat-2022', 'LDTT', { rating: 'HTNV' }).eligibility.checks);
    expect(fail.message).toBe(
      'Nguyễn Thị GV01 (mã GV01): xếp loại Hoàn thành nhiệm vụ (HTNV), Lao động tiên tiến cần Hoàn thành tốt nhiệm vụ (HTTNV) trở lên.',
    );
    expect(fail.source).toBe('Luật Thi đua, khen thưởng 2022 Điều 24 khoản 1');
  });

  it('refuses someone hired 5 months before the year ends (01/01/2024 → 31/05/2024)', () => {
    const [fail] = failed(checksFor('luat-2022', 'LDTT', { hireDate: '2024-01-01' }).eligibility.checks);
    expect(fail.code).toBe('months');
    expect(fail.message).toContain('công tác 5 tháng, chưa đủ 6 tháng');
    expect(fail.source).toBe('TT 01/2024/TT-BNV');
  });

  it('accepts exactly 6 months: hired 01/12/2023, year ends 31/05/2024', () => {
    expect(checksFor('luat-2022', 'LDTT', { hireDate: '2023-12-01' }).eligibility.verdict).toBe('eligible');
  });

  it('counts maternity leave as time worked (NĐ 152/2025 Điều 4 khoản 5)', () => {
    const status = checksFor('luat-2022', 'LDTT', { hireDate: '2023-11-01', maternityLeaveMonths: 4 });
    expect(status.eligibility.verdict).toBe('eligible');
    const months = status.eligibility.checks.find((c) => c.code === 'months')!;
    expect(months.message).toContain(
      '7 tháng (đã tính cả 4 tháng nghỉ thai sản, theo quy chế của trường; NĐ 152/2025/NĐ-CP Điều 4 khoản 5 áp dụng từ 01/07/2025)',
    );
  });

  it('is unknown, not refused, while the rating is missing', () => {
    const status = checksFor('luat-2022', 'LDTT', { rating: undefined });
    expect(status.eligibility.verdict).toBe('unknown');
    expect(status.out).toBe(false);
    expect(status.reasons[0].message).toContain('chưa có xếp loại');
  });

  it('under the 2003 profile also refuses khiển trách (NĐ 91/2017 Điều 10, checked)', () => {
    const [fail] = failed(
      checksFor('luat-2003', 'LDTT', { discipline: { level: 'khien-trach', date: '2024-02-01' } }).eligibility
        .checks,
    );
    expect(fail.message).toContain('bị kỷ luật khiển trách ngày 01/02/2024');
    expect(fail.unverified).toBeUndefined();
    expect(fail.source).toBe('NĐ 91/2017/NĐ-CP Điều 10');
    // Under 2022 the term's end decides (NĐ 152/2025 Điều 4 khoản 4); without it the answer is open.
    expect(checksFor('luat-2022', 'LDTT', { discipline: { level: 'khien-trach' } }).eligibility.verdict).toBe(
      'unknown',
    );
  });

  it('under the 2003 profile needs 10 months of service', () => {
    const [fail] = failed(checksFor('luat-2003', 'LDTT', { hireDate: '2023-09-01' }).eligibility.checks);
    expect(fail.message).toContain('công tác 9 tháng, chưa đủ 10 tháng');
  });
});

describe('CSTĐCS (Luật 2022 Điều 23; 2003: sáng kiến required)', () => {
  it('2022: HTXSNV alone is enough', () => {
    expect(checksFor('luat-2022', 'CSTDCS', { rating: 'HTXSNV' }).eligibility.verdict).toBe('eligible');
  });

  it('2003: HTXSNV without a sáng kiến is not', () => {
    const [fail] = failed(checksFor('luat-2003', 'CSTDCS', { rating: 'HTXSNV' }).eligibility.checks);
    expect(fail.message).toContain('cần một trong: sáng kiến được công nhận cấp cơ sở trở lên');
    expect(fail.message).toContain('Hiện có: xếp loại HTXSNV, 0 sáng kiến, 0 đề tài');
    expect(fail.source).toBe('Luật Thi đua, khen thưởng 2003 Điều 23');
  });

  it('accepts HTTNV with a recognised sáng kiến or an accepted research project', () => {
    expect(checksFor('luat-2022', 'CSTDCS', { initiatives: { count: 1 } }).eligibility.verdict).toBe(
      'eligible',
    );
    expect(checksFor('luat-2003', 'CSTDCS', { research: { count: 1 } }).eligibility.verdict).toBe('eligible');
  });

  it('refuses HTTNV with nothing else, under both laws', () => {
    for (const profile of ['luat-2022', 'luat-2003'] as const) {
      const status = checksFor(profile, 'CSTDCS', {});
      expect(status.eligibility.verdict).toBe('not-eligible');
    }
  });

  it('needs LĐTT first: an HTNV with a sáng kiến fails on LĐTT and says why', () => {
    const [fail] = failed(
      checksFor('luat-2022', 'CSTDCS', { rating: 'HTNV', initiatives: { count: 2 } }).eligibility.checks,
    );
    expect(fail.code).toBe('title-this-year');
    expect(fail.message).toContain('cần đạt Lao động tiên tiến năm nay, nhưng không đạt');
    expect(fail.message).toContain('xếp loại Hoàn thành nhiệm vụ (HTNV)');
    expect(fail.source).toBe('Luật Thi đua, khen thưởng 2022 Điều 23');
  });
});

describe('CSTĐ tỉnh (Luật 2022 Điều 22)', () => {
  const strong: Partial<PersonRecord> = {
    rating: 'HTXSNV',
    initiatives: { count: 1, highestLevel: 'tinh' },
    cstdcsYears: [2021, 2022],
  };

  it('is eligible with CSTĐCS in 2021-2022, 2022-2023 and now, and a sáng kiến cấp tỉnh', () => {
    expect(checksFor('luat-2022', 'CSTD_TINH', strong).eligibility.verdict).toBe('eligible');
  });

  it('names the missing year when the three are not consecutive', () => {
    const [fail] = failed(
      checksFor('luat-2022', 'CSTD_TINH', { ...strong, cstdcsYears: [2020, 2022] }).eligibility.checks,
    );
    expect(fail.message).toContain(
      'cần 3 lần liền đạt Chiến sĩ thi đua cơ sở (2021-2022, 2022-2023 và năm nay)',
    );
    expect(fail.message).toContain('thiếu năm 2021-2022');
  });

  it('needs CSTĐCS this year first: rated HTNV, the chain fails at CSTĐCS and says so', () => {
    const [fail] = failed(
      checksFor('luat-2022', 'CSTD_TINH', { ...strong, rating: 'HTNV' }).eligibility.checks,
    );
    expect(fail.code).toBe('title-this-year');
    expect(fail.message).toContain('cần đạt Chiến sĩ thi đua cơ sở năm nay, nhưng không đạt');
    expect(fail.source).toBe('Luật Thi đua, khen thưởng 2022 Điều 22');
  });

  it('needs an initiative with province-wide effect, not only cấp cơ sở', () => {
    const [fail] = failed(
      checksFor('luat-2022', 'CSTD_TINH', { ...strong, initiatives: { count: 3, highestLevel: 'co-so' } })
        .eligibility.checks,
    );
    expect(fail.message).toContain('sáng kiến được công nhận cấp tỉnh trở lên');
    expect(fail.message).toContain('3 sáng kiến (cao nhất cấp cơ sở)');
  });
});
