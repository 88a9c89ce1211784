import { evaluateTargets, seed000Targets, TARGET_PROFILES } from '../../../src/domain/targets';
import { planningInput } from './fixtures/school61';

describe('seed 000: the table of targets', () => {
  it('reproduces the plan of Trường Tiểu học Bình Hòa 2 (kế hoạch mục 4.3)', () => {
    const byLabel = Object.fromEntries(seed000Targets().map((t) => [t.awardLabel, t]));
    expect(byLabel['Lao động tiên tiến']).toMatchObject({ kind: 'individual', titleId: 'LDTT', count: 61 });
    expect(byLabel['Chiến sĩ thi đua cơ sở']).toMatchObject({ titleId: 'CSTDCS', count: 10 });
    expect(byLabel['Chiến sĩ thi đua cấp tỉnh']).toMatchObject({ titleId: 'CSTD_TINH', count: 1 });
    expect(byLabel['6/8 tổ TTLĐTT']).toMatchObject({
      kind: 'collective',
      titleId: 'TTLDTT',
      count: 6,
      of: 8,
    });
    expect(byLabel['Tập thể lao động xuất sắc - UBND tỉnh']).toMatchObject({
      titleId: 'TTLDXS',
      scope: 'school',
      count: 1,
      level: 'UBND tỉnh Bình Dương',
    });
    expect(byLabel['Công đoàn xuất sắc']).toMatchObject({
      kind: 'organisationRating',
      level: 'Liên đoàn Lao động tỉnh khen',
      count: 1,
    });
    for (const label of ['Đoàn vững mạnh', 'Liên đội xuất sắc', 'Chữ thập đỏ vững mạnh']) {
      expect(byLabel[label]).toMatchObject({ kind: 'organisationRating', count: 1 });
    }
    expect(byLabel['Liên đoàn Lao động tỉnh khen']).toMatchObject({ kind: 'union', count: 1 });
    expect(byLabel['Liên đoàn Lao động thị khen']).toMatchObject({ kind: 'union', count: 3 });
    expect(byLabel['Công đoàn cơ sở biểu dương']).toMatchObject({ kind: 'union', count: 68 });
    expect(byLabel['Hai giỏi']).toMatchObject({ kind: 'union', count: 54 });
    expect(byLabel['Đơn vị văn hóa, cơ quan an toàn']).toMatchObject({
      kind: 'organisationRating',
      count: 1,
    });
    expect(seed000Targets()).toHaveLength(14);
  });

  it('gives every target its own id', () => {
    const ids = seed000Targets().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('seed 000 at planning time (2003 law, NĐ 91/2017)', () => {
  const result = evaluateTargets(planningInput(TARGET_PROFILES['luat-2003']));

  it('flags 10 CSTĐCS for 61 LĐTT: 15% of 61 is 9,15, so at most 9', () => {
    const cap = result.flags.filter((f) => f.code === 'targets.cap.cstdcs-plan');
    expect(cap).toHaveLength(1);
    expect(cap[0].source).toBe('NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (đã kiểm chứng)');
    expect(cap[0].severity).toBe('error');
    expect(cap[0].message).toContain('15% của 61 là 9,15, nên tối đa 9');
    expect(cap[0].message).toContain('Giảm chỉ tiêu CSTĐCS xuống 9');
  });

  it('does not flag the cap under the 2022 law, which dropped it', () => {
    const r2022 = evaluateTargets(planningInput(TARGET_PROFILES['luat-2022']));
    expect(r2022.flags.some((f) => f.code.startsWith('targets.cap.cstdcs'))).toBe(false);
  });

  it('leaves every title target short but reachable: everyone registered, nothing decided yet', () => {
    const byId = Object.fromEntries(result.targets.map((t) => [t.target.id, t]));
    expect(byId['LDTT']).toMatchObject({ result: 0, pool: 61, gap: -61, status: 'short' });
    expect(byId['CSTDCS']).toMatchObject({ result: 0, pool: 12, status: 'short' });
    expect(byId['CSTD_TINH']).toMatchObject({ result: 0, pool: 2, status: 'short' });
    expect(byId['TTLDTT-TO']).toMatchObject({ result: 0, pool: 8, status: 'short' });
    expect(byId['TTLDXS-TRUONG']).toMatchObject({ result: 0, pool: 1, status: 'short' });
    expect(byId['LDTT'].counts).toEqual({ registered: 61, eligible: 0, proposed: 0, voted: 0, approved: 0 });
  });

  it('says why nobody is eligible yet: no rating recorded', () => {
    const an = result.people.find((p) => p.subject.id === 'GV05' && p.titleId === 'LDTT');
    expect(an?.stage).toBe('registered');
    expect(an?.eligibility.verdict).toBe('unknown');
    expect(an?.reasons[0].message).toMatch(/chưa có hồ sơ xét/);
  });

  it('asks for the union results, which only the union can give', () => {
    const missing = result.flags.filter((f) => f.code === 'targets.result-missing');
    expect(missing).toHaveLength(9);
    expect(missing[0].message).toMatch(/chưa có kết quả; đang tính là 0/);
  });

  it('warns that 68 CĐCS biểu dương is more than the 61 staff listed, without refusing it', () => {
    const flag = result.flags.find((f) => f.code === 'targets.above-headcount');
    expect(flag?.severity).toBe('warning');
    expect(flag?.message).toContain('«Công đoàn cơ sở biểu dương» là 68');
    expect(flag?.message).toContain('(61)');
  });
});
