import type { PersonRecord, TargetProfileId, TitleDecision } from '../../../src/domain/targets';
import { evaluateTargets } from '../../../src/domain/targets';
import type { PerformanceRating } from '../../../src/domain/titles';
import { baseInput, person, record } from './helpers';

interface TeamCase {
  size: number;
  /** How many members are rated HTNV (so miss LĐTT); the rest HTTNV. */
  below?: number;
  /** How many members have no rating yet. */
  unrated?: number;
  unitRating?: PerformanceRating;
  extra?: Record<number, Partial<PersonRecord>>;
  resultStage?: 'eligible' | 'approved';
}

/** One tổ "Tổ 1" of `size` members, everyone registered for LĐTT, the tổ for TTLĐTT and TTLĐXS. */
function evaluateTeam(profileId: TargetProfileId, c: TeamCase) {
  const staff = Array.from({ length: c.size }, (_, i) => person(`P${i + 1}`));
  const records = staff.map((p, i) => {
    const rating: PerformanceRating | undefined =
      i < (c.below ?? 0) ? 'HTNV' : i < (c.below ?? 0) + (c.unrated ?? 0) ? undefined : 'HTTNV';
    return record(p.id, { rating, ...c.extra?.[i + 1] });
  });
  const input = baseInput(profileId, staff, records);
  input.registrations = [
    ...staff.map((p) => ({ subject: { kind: 'person' as const, id: p.id }, titleId: 'LDTT' as const })),
    ...staff.map((p) => ({ subject: { kind: 'person' as const, id: p.id }, titleId: 'CSTDCS' as const })),
    { subject: { kind: 'team', id: 'T1' }, titleId: 'TTLDTT' },
    { subject: { kind: 'team', id: 'T1' }, titleId: 'TTLDXS' },
  ];
  input.unitRecords = [{ subject: { kind: 'team', id: 'T1' }, rating: c.unitRating ?? 'HTTNV' }];
  input.resultStage = c.resultStage ?? 'eligible';
  const result = evaluateTargets(input);
  const team = (titleId: string) =>
    result.teams.find((t) => t.subject.kind === 'team' && t.subject.id === 'T1' && t.titleId === titleId)!;
  return { result, ttldtt: team('TTLDTT'), ttldxs: team('TTLDXS') };
}

describe('TTLĐTT under the 2022 law: ≥ 70% of members LĐTT, compared on integers', () => {
  it('10 members, 7 LĐTT (70%): eligible', () => {
    expect(evaluateTeam('luat-2022', { size: 10, below: 3 }).ttldtt.eligibility.verdict).toBe('eligible');
  });

  it('10 members, 6 LĐTT (60%): not eligible', () => {
    const { ttldtt } = evaluateTeam('luat-2022', { size: 10, below: 4 });
    expect(ttldtt.eligibility.verdict).toBe('not-eligible');
    expect(ttldtt.reasons[0].message).toBe(
      'Tổ 1: 6/10 thành viên đạt Lao động tiên tiến (60,00%); Tập thể lao động tiên tiến cần từ 70% trở lên thành viên đạt Lao động tiên tiến.',
    );
  });

  it('27 members, 19 LĐTT (70,37%) passes; 18 (66,67%) does not', () => {
    expect(evaluateTeam('luat-2022', { size: 27, below: 8 }).ttldtt.eligibility.verdict).toBe('eligible');
    expect(evaluateTeam('luat-2022', { size: 27, below: 9 }).ttldtt.eligibility.verdict).toBe('not-eligible');
  });

  it('stays unknown while members without a rating could still tip it', () => {
    const { ttldtt } = evaluateTeam('luat-2022', { size: 10, below: 2, unrated: 2 });
    expect(ttldtt.eligibility.verdict).toBe('unknown');
    expect(ttldtt.reasons[0].message).toContain('còn 2 thành viên chưa có kết quả');
  });

  it('decides as soon as the missing ratings cannot change the outcome', () => {
    expect(evaluateTeam('luat-2022', { size: 10, below: 4, unrated: 1 }).ttldtt.eligibility.verdict).toBe(
      'not-eligible',
    );
  });

  it('refuses a tổ with a member disciplined at cảnh cáo, naming the member', () => {
    const { ttldtt } = evaluateTeam('luat-2022', {
      size: 5,
      extra: { 2: { discipline: { level: 'canh-cao' } } },
    });
    const fail = ttldtt.eligibility.checks.find((c) => c.outcome === 'fail')!;
    expect(fail.message).toContain('kỷ luật từ cảnh cáo trở lên: Nguyễn Thị P2 (mã P2)');
    expect(fail.source).toBe('Luật Thi đua, khen thưởng 2022 Điều 28');
  });

  it('accepts a khiển trách (below cảnh cáo)', () => {
    const { ttldtt } = evaluateTeam('luat-2022', {
      size: 5,
      extra: { 2: { discipline: { level: 'khien-trach' } } },
    });
    expect(ttldtt.eligibility.verdict).toBe('eligible');
  });

  it('needs the tổ rated HTTNV or better', () => {
    const { ttldtt } = evaluateTeam('luat-2022', { size: 5, unitRating: 'HTNV' });
    expect(ttldtt.reasons[0].message).toContain('xếp loại tập thể Hoàn thành nhiệm vụ (HTNV)');
  });
});

describe('TTLĐTT under the 2003 law: more than 50%', () => {
  it('6 members, 3 LĐTT (exactly 50%): not eligible', () => {
    expect(evaluateTeam('luat-2003', { size: 6, below: 3 }).ttldtt.eligibility.verdict).toBe('not-eligible');
  });

  it('6 members, 4 LĐTT (66,67%): eligible', () => {
    expect(evaluateTeam('luat-2003', { size: 6, below: 2 }).ttldtt.eligibility.verdict).toBe('eligible');
  });
});

describe('TTLĐXS: HTXSNV unit, 100% complete their tasks, ≥ 70% LĐTT, at least one CSTĐCS', () => {
  const oneCstdcs = { 1: { rating: 'HTXSNV' as const } };

  it('is eligible with all of them', () => {
    const { ttldxs } = evaluateTeam('luat-2022', { size: 5, unitRating: 'HTXSNV', extra: oneCstdcs });
    expect(ttldxs.eligibility.verdict).toBe('eligible');
    expect(ttldxs.membersWithCstdcs).toBe(1);
  });

  it('fails when one member does not complete their tasks (KHTNV)', () => {
    const { ttldxs } = evaluateTeam('luat-2022', {
      size: 5,
      unitRating: 'HTXSNV',
      extra: { ...oneCstdcs, 4: { rating: 'KHTNV' } },
    });
    const fail = ttldxs.eligibility.checks.find((c) => c.code === 'all-members-rating')!;
    expect(fail.outcome).toBe('fail');
    expect(fail.message).toContain(
      '100% thành viên Hoàn thành nhiệm vụ (HTNV) trở lên; chưa đạt: Nguyễn Thị P4',
    );
  });

  it('fails without any CSTĐCS among the members', () => {
    const { ttldxs } = evaluateTeam('luat-2022', { size: 5, unitRating: 'HTXSNV' });
    const fail = ttldxs.eligibility.checks.find((c) => c.code === 'members-with-title')!;
    expect(fail.outcome).toBe('fail');
    expect(fail.source).toBe('Luật Thi đua, khen thưởng 2022 Điều 27');
  });

  it('fails when the unit is only HTTNV', () => {
    const { ttldxs } = evaluateTeam('luat-2022', { size: 5, unitRating: 'HTTNV', extra: oneCstdcs });
    expect(ttldxs.eligibility.checks.find((c) => c.code === 'unit-rating')?.outcome).toBe('fail');
  });
});

describe('members count at the result stage', () => {
  it('before any decision (result stage approved), the share is unknown, not failed', () => {
    const { ttldtt } = evaluateTeam('luat-2022', { size: 5, resultStage: 'approved' });
    expect(ttldtt.eligibility.verdict).toBe('unknown');
  });

  it('a tổ with no members is refused with a sentence saying so', () => {
    const input = baseInput('luat-2022', [person('P1', 'T1')], [record('P1')]);
    input.registrations = [{ subject: { kind: 'team', id: 'T2' }, titleId: 'TTLDTT' }];
    const r = evaluateTargets(input);
    const office = r.teams.find(
      (t) => t.subject.kind === 'team' && t.subject.id === 'T2' && t.titleId === 'TTLDTT',
    )!;
    expect(office.eligibility.verdict).toBe('not-eligible');
    expect(office.reasons[0].message).toContain('tổ Văn phòng: không có thành viên nào');
  });

  it('counts a member whose LĐTT was rejected by the awarding body as not LĐTT', () => {
    const decisions: TitleDecision[] = [];
    const staff = Array.from({ length: 4 }, (_, i) => person(`P${i + 1}`));
    const input = baseInput(
      'luat-2022',
      staff,
      staff.map((p) => record(p.id)),
    );
    input.registrations = staff.map((p) => ({ subject: { kind: 'person', id: p.id }, titleId: 'LDTT' }));
    input.registrations.push({ subject: { kind: 'team', id: 'T1' }, titleId: 'TTLDTT' });
    input.unitRecords = [{ subject: { kind: 'team', id: 'T1' }, rating: 'HTTNV' }];
    for (const p of staff) {
      decisions.push({
        subject: { kind: 'person', id: p.id },
        titleId: 'LDTT',
        vote: 'passed',
        approval: p.id === 'P1' || p.id === 'P2' ? 'rejected' : 'approved',
      });
    }
    input.decisions = decisions;
    const team = evaluateTargets(input).teams.find(
      (t) => t.subject.kind === 'team' && t.titleId === 'TTLDTT',
    )!;
    expect(team.membersWithLdtt).toBe(2);
    expect(team.eligibility.verdict).toBe('not-eligible');
  });
});
