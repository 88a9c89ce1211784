import { evaluateTargets, TARGET_PROFILES } from '../../../src/domain/targets';
import type { TargetsEvaluation } from '../../../src/domain/targets';
import { fullYearInput } from './fixtures/school61';

function byId(result: TargetsEvaluation) {
  return Object.fromEntries(result.targets.map((t) => [t.target.id, t]));
}

function team(result: TargetsEvaluation, id: string, titleId = 'TTLDTT') {
  return result.teams.find((t) => t.subject.kind === 'team' && t.subject.id === id && t.titleId === titleId)!;
}

describe('a full year at a 61-person, 8-tổ school (2003 law, as in seed 000)', () => {
  const result = evaluateTargets(fullYearInput(TARGET_PROFILES['luat-2003']));
  const targets = byId(result);

  it('counts 52 LĐTT of 61: the target cannot be met, 9 short', () => {
    expect(targets['LDTT']).toMatchObject({ result: 52, pool: 52, gap: -9, status: 'unreachable' });
    expect(targets['LDTT'].counts).toEqual({
      registered: 61,
      eligible: 52,
      proposed: 52,
      voted: 52,
      approved: 52,
    });
  });

  it('reaches 6/8 tổ TTLĐTT: Tổ 6 at 60% passes "trên 50%", Tổ 7 at exactly 50% does not, Tổ 8 has a cảnh cáo', () => {
    expect(targets['TTLDTT-TO']).toMatchObject({ result: 6, pool: 6, gap: 0, status: 'met' });
    expect(team(result, 'T6').eligibility.verdict).toBe('eligible');
    expect(team(result, 'T7').eligibility.verdict).toBe('not-eligible');
    expect(team(result, 'T7').reasons[0].message).toContain('3/6 thành viên đạt Lao động tiên tiến (50,00%)');
    expect(team(result, 'T7').reasons[0].message).toContain('trên 50%');
    expect(team(result, 'T7').reasons[0].source).toBe(
      'Luật Thi đua, khen thưởng 2003 Điều 28 (đã kiểm chứng)',
    );
    expect(team(result, 'T8').reasons[0].message).toContain('cảnh cáo');
    expect(team(result, 'T1')).toMatchObject({ members: 8, membersWithLdtt: 7, stage: 'approved' });
  });

  it('counts 8 CSTĐCS approved of 10: unreachable, and over the 15% cap of 52 LĐTT (at most 7)', () => {
    expect(targets['CSTDCS']).toMatchObject({ result: 8, pool: 8, gap: -2, status: 'unreachable' });
    const cap = result.flags.find((f) => f.code === 'targets.cap.cstdcs-result');
    expect(cap?.source).toBe('NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (đã kiểm chứng)');
    expect(cap?.message).toContain('8 người được công nhận Chiến sĩ thi đua cơ sở');
    expect(cap?.message).toContain('15% của 52 là 7,8, nên tối đa 7');
  });

  it('suggests cutting the man, not the woman, when the cap falls between two equal scores', () => {
    const cap = result.flags.find((f) => f.code === 'targets.cap.cstdcs-result')!;
    const cutPart = cap.message.slice(cap.message.indexOf('ngoài giới hạn'));
    expect(cutPart).toContain('GV41');
    expect(cutPart).not.toContain('GV10');
    // The tie rule in force for 2020-2021 is NĐ 91/2017's, not NĐ 152/2025's (in force from 01/07/2025).
    expect(cap.message).toContain('bằng điểm thì ưu tiên nữ, NĐ 91/2017/NĐ-CP');
    expect(cap.message).not.toContain('NĐ 152/2025');
  });

  it('meets CSTĐ tỉnh with GV01; GV02 lacks CSTĐCS in 2018-2019', () => {
    expect(targets['CSTD_TINH']).toMatchObject({ result: 1, status: 'met' });
    const gv02 = result.people.find((p) => p.subject.id === 'GV02' && p.titleId === 'CSTD_TINH')!;
    expect(gv02.out).toBe(true);
    expect(gv02.reasons[0].message).toContain('thiếu năm 2018-2019');
    expect(gv02.reasons[0].source).toBe('Luật Thi đua, khen thưởng 2003 Điều 22 (đã kiểm chứng)');
  });

  it('cannot reach TTLĐXS for the school because of the cảnh cáo in Tổ 8', () => {
    expect(targets['TTLDXS-TRUONG']).toMatchObject({ result: 0, pool: 0, status: 'unreachable' });
    const school = result.teams.find((t) => t.subject.kind === 'school' && t.titleId === 'TTLDXS')!;
    expect(school.members).toBe(61);
    const failed = school.eligibility.checks.filter((c) => c.outcome === 'fail').map((c) => c.code);
    expect(failed).toEqual(expect.arrayContaining(['member-discipline']));
  });

  it('reads union and organisation results as entered: met, over, short, and 0 when missing', () => {
    expect(targets['CDCS-BIEU-DUONG']).toMatchObject({ result: 68, status: 'met', pool: null });
    expect(targets['LDLD-THI-KHEN']).toMatchObject({ result: 4, gap: 1, status: 'over' });
    expect(targets['HAI-GIOI']).toMatchObject({ result: 50, gap: -4, status: 'short' });
    expect(targets['DOAN-VUNG-MANH']).toMatchObject({ result: 0, status: 'short' });
  });

  it('gives one flag per target, with the target cell when known', () => {
    const perTarget = result.flags.filter((f) => /^targets\.(met|over|short|unreachable)$/.test(f.code));
    expect(perTarget).toHaveLength(14);
    expect(perTarget.find((f) => f.message.includes('«Hai giỏi»'))?.message).toContain('còn thiếu 4');
  });

  it('counts maternity leave as time worked (GV07) and refuses LĐTT to GV08, hired 4 months before the end', () => {
    const gv07 = result.people.find((p) => p.subject.id === 'GV07' && p.titleId === 'LDTT')!;
    expect(gv07.stage).toBe('approved');
    const gv08 = result.people.find((p) => p.subject.id === 'GV08' && p.titleId === 'LDTT')!;
    expect(gv08.out).toBe(true);
    expect(gv08.reasons[0].message).toContain('công tác 4 tháng');
  });

  it('raises no input error on a consistent year', () => {
    expect(result.flags.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'targets.cap.cstdcs-plan',
      'targets.cap.cstdcs-result',
      'targets.unreachable',
      'targets.unreachable',
      'targets.unreachable',
    ]);
  });
});

describe('the same year under the 2022 law', () => {
  const result = evaluateTargets(fullYearInput(TARGET_PROFILES['luat-2022']));
  const targets = byId(result);

  it('drops Tổ 6 (60% < 70%): 5/8 tổ, and the 6th is out of reach', () => {
    expect(team(result, 'T6').eligibility.verdict).toBe('not-eligible');
    expect(team(result, 'T6').reasons[0].source).toBe(
      'Luật Thi đua, khen thưởng 2022 Điều 28 (chưa kiểm chứng)',
    );
    expect(targets['TTLDTT-TO']).toMatchObject({ result: 5, pool: 5, status: 'unreachable' });
  });

  it('flags Tổ 6 as approved without eligibility', () => {
    const flag = result.flags.find(
      (f) => f.code === 'targets.proposed-ineligible' && f.message.includes('Tổ 6'),
    );
    expect(flag?.severity).toBe('error');
    expect(flag?.source).toBe('Luật Thi đua, khen thưởng 2022 Điều 28 (chưa kiểm chứng)');
  });

  it('makes GV03 (HTXSNV, no sáng kiến) eligible for CSTĐCS, waiting for a proposal', () => {
    const gv03 = result.people.find((p) => p.subject.id === 'GV03' && p.titleId === 'CSTDCS')!;
    expect(gv03.stage).toBe('eligible');
    expect(gv03.reasons[0].message).toContain('chưa được đề nghị');
    expect(targets['CSTDCS']).toMatchObject({ result: 8, pool: 9, status: 'unreachable' });
  });

  it('has no CSTĐCS cap', () => {
    expect(result.flags.some((f) => f.code.startsWith('targets.cap.cstdcs'))).toBe(false);
  });
});
