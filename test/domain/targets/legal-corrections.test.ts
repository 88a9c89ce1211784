/**
 * The corrections of the clause-by-clause review (DOMAIN.md §5–§7): each test is named after the clause it
 * holds the product to.
 */
import type { PersonRecord, TargetProfileId } from '../../../src/domain/targets';
import {
  customTargetProfile,
  defaultTargetProfileFor,
  evaluateTargets,
  mostlyWomen,
  preferWomenUnitsOnTie,
  RULES,
  SEED_000_QUY_CHE,
  TARGET_PROFILES,
  tieRuleFor,
} from '../../../src/domain/targets';
import type { TitleId } from '../../../src/domain/titles';
import { baseInput, person, record } from './helpers';

function statusOf(
  profileId: TargetProfileId,
  titleId: TitleId,
  extra: Partial<PersonRecord>,
  registered = true,
) {
  const input = baseInput(profileId, [person('GV01')], [record('GV01', extra)]);
  if (registered) {
    input.registrations = (['LDTT', 'CSTDCS'] as TitleId[]).map((t) => ({
      subject: { kind: 'person', id: 'GV01' },
      titleId: t,
    }));
  }
  return evaluateTargets(input).people.find((p) => p.titleId === titleId)!;
}

describe('Luật Thi đua, khen thưởng 2022 Điều 27 (TTLĐXS)', () => {
  it('lists no discipline clause: a member disciplined at cảnh cáo does not bar the unit', () => {
    const conditions = TARGET_PROFILES['luat-2022'].collective.TTLDXS!;
    expect(conditions.some((c) => c.kind === 'noMemberDisciplineFrom')).toBe(false);
    const input = baseInput(
      'luat-2022',
      [person('A'), person('B')],
      [record('A', { discipline: { level: 'canh-cao', date: '2022-01-10', termEnd: '2023-01-09' } })],
    );
    const school = evaluateTargets(input).teams.find(
      (t) => t.titleId === 'TTLDXS' && t.subject.kind === 'team',
    )!;
    expect(school.eligibility.checks.map((c) => c.code)).not.toContain('member-discipline');
  });
  it('the 2003 law (Điều 27) still had it', () => {
    const conditions = TARGET_PROFILES['luat-2003'].collective.TTLDXS!;
    expect(conditions.some((c) => c.kind === 'noMemberDisciplineFrom')).toBe(true);
  });
});

describe('NĐ 152/2025/NĐ-CP Điều 4 khoản 4 (discipline) under Luật 2022', () => {
  it('nobody is commended while a discipline case is under consideration: LĐTT and CSTĐCS refused', () => {
    for (const title of ['LDTT', 'CSTDCS'] as const) {
      const s = statusOf('luat-2022', title, { disciplineUnderConsideration: true, rating: 'HTXSNV' });
      expect(s.eligibility.verdict).toBe('not-eligible');
      const fail = s.eligibility.checks.find((c) => c.code === 'discipline')!;
      expect(fail.message).toContain('đang xem xét kỷ luật');
      expect(fail.source).toBe('NĐ 152/2025/NĐ-CP Điều 4 khoản 4');
      expect(fail.unverified).toBeUndefined();
    }
  });
  it('achievements count from the end of the term: a term ending 31/12/2023 bars 2023-2024', () => {
    const s = statusOf('luat-2022', 'LDTT', {
      discipline: { level: 'khien-trach', date: '2023-01-02', termEnd: '2023-12-31' },
    });
    expect(s.eligibility.verdict).toBe('not-eligible');
    expect(s.reasons[0].message).toContain('hết thời hạn ngày 31/12/2023');
    expect(s.reasons[0].source).toBe('NĐ 152/2025/NĐ-CP Điều 4 khoản 4 (đã kiểm chứng)');
  });
  it('a term that ended before the year (31/08/2023) leaves 2023-2024 free', () => {
    const s = statusOf('luat-2022', 'LDTT', {
      discipline: { level: 'canh-cao', date: '2022-09-01', termEnd: '2023-08-31' },
    });
    expect(s.eligibility.verdict).toBe('eligible');
  });
  it('a discipline without its term end cannot be decided: unknown, asking for the date', () => {
    const s = statusOf('luat-2022', 'CSTDCS', {
      rating: 'HTXSNV',
      discipline: { level: 'khien-trach', date: '2023-10-01' },
    });
    expect(s.eligibility.verdict).not.toBe('eligible');
    const check = s.eligibility.checks.find((c) => c.code === 'discipline')!;
    expect(check.outcome).toBe('unknown');
    expect(check.message).toContain('Nhập ngày hết thời hạn kỷ luật');
  });
});

describe('discipline as data: impossible dates are refused at the record', () => {
  it('a term ending before its decision', () => {
    const input = baseInput(
      'luat-2022',
      [person('GV01')],
      [record('GV01', { discipline: { level: 'khien-trach', date: '2023-10-01', termEnd: '2023-09-01' } })],
    );
    const codes = evaluateTargets(input).flags.map((f) => f.code);
    expect(codes).toContain('targets.record.discipline-term-before-decision');
  });
});

describe('NĐ 91/2017/NĐ-CP Điều 10 (Luật 2003: LĐTT)', () => {
  const ldtt = TARGET_PROFILES['luat-2003'].individual.LDTT!;
  it('10 months worked and no khiển trách are cited to Điều 10 and checked', () => {
    for (const kind of ['minMonthsWorked', 'noDisciplineFrom'] as const) {
      const c = ldtt.find((x) => x.kind === kind)!;
      expect(c.source).toBe('NĐ 91/2017/NĐ-CP Điều 10');
      expect(c.unverified).toBeUndefined();
    }
  });
  it('bars the whole year for a khiển trách decided in it', () => {
    const s = statusOf('luat-2003', 'LDTT', { discipline: { level: 'khien-trach', date: '2024-02-01' } });
    expect(s.eligibility.verdict).toBe('not-eligible');
  });
});

describe('Luật Thi đua, khen thưởng 2022 Điều 7 (registration dropped)', () => {
  it('is not a legal condition: an unregistered, eligible person is eligible under the 2022 profile', () => {
    expect(TARGET_PROFILES['luat-2022'].requireRegistration).toBe(false);
    expect(statusOf('luat-2022', 'LDTT', {}, false).stage).toBe('eligible');
  });
  it('is the school’s option, labelled "Quy chế của trường" when on (seed 000’s plan)', () => {
    const input = baseInput('luat-2022', [person('GV01')], [record('GV01')]);
    input.profile = customTargetProfile('luat-2022', SEED_000_QUY_CHE);
    expect(input.profile.registration.schoolRule).toBe(true);
    const s = evaluateTargets(input).people.find((p) => p.titleId === 'LDTT')!;
    expect(s.stage).toBe('not-registered');
    expect(s.reasons[0].source).toBe('Quy chế của trường (quy định của trường)');
  });
});

describe('NĐ 335/2025/NĐ-CP (HTXSNV ≤ 20%, công chức)', () => {
  it('is off by default for a school', () => {
    expect(TARGET_PROFILES['luat-2022'].caps.htxsnvOfRated).toBeNull();
    expect(RULES.htxsnvCap.scope).toContain('Công chức');
  });
  it('a school that turns it on gets NĐ 335/2025 as the cited source, as its own choice', () => {
    const p = customTargetProfile('luat-2022', { htxsnvCapPercent: 20 });
    expect(p.caps.htxsnvOfRated).toMatchObject({ percent: 20, schoolRule: true });
    expect(p.caps.htxsnvOfRated!.source).toContain('NĐ 335/2025/NĐ-CP');
    expect(p.caps.htxsnvOfRated!.source).not.toContain('QĐ 366');
  });
});

describe('NĐ 152/2025/NĐ-CP Điều 4 khoản 5 (maternity leave)', () => {
  it('is the citation of the months counted in 2025-2026', () => {
    const input = baseInput(
      'luat-2022',
      [person('GV01')],
      [record('GV01', { hireDate: '2025-12-01', maternityLeaveMonths: 2 })],
    );
    Object.assign(input, { yearStart: '2025-09-05', yearEnd: '2026-05-31' });
    const s = evaluateTargets(input).people.find((p) => p.titleId === 'LDTT')!;
    const months = s.eligibility.checks.find((c) => c.code === 'months')!;
    expect(months.message).toContain('NĐ 152/2025/NĐ-CP Điều 4 khoản 5 (đã kiểm chứng)');
  });
  it('before 01/07/2025 (2023-2024) counting the leave is the school’s rule, not NĐ 152’s', () => {
    const s = statusOf('luat-2022', 'LDTT', { hireDate: '2023-11-01', maternityLeaveMonths: 2 });
    const months = s.eligibility.checks.find((c) => c.code === 'months')!;
    expect(months.message).toContain(
      'theo quy chế của trường; NĐ 152/2025/NĐ-CP Điều 4 khoản 5 áp dụng từ 01/07/2025',
    );
  });
});

describe('NĐ 152/2025/NĐ-CP Điều 4 khoản 6 (ties)', () => {
  it('applies to a year inside its dates; NĐ 91/2017 to 2020-2021; the school’s rule across a change', () => {
    expect(tieRuleFor('2025-09-05', '2026-05-31')).toBe('womenFirst2025');
    expect(RULES.womenFirst2025.source).toBe('NĐ 152/2025/NĐ-CP Điều 4 khoản 6');
    expect(tieRuleFor('2020-09-01', '2021-05-31')).toBe('womenFirst2017');
    expect(tieRuleFor('2023-09-05', '2024-05-31')).toBe('womenFirstSchool');
  });
  it('puts a unit with ≥ 70% women first among equal scores (7 of 10 yes, 6 of 10 no)', () => {
    const units = [
      { id: 'A', score: 90, women: 6, members: 10 },
      { id: 'B', score: 90, women: 7, members: 10 },
      { id: 'C', score: 95, women: 0, members: 5 },
    ];
    expect(mostlyWomen(units[1])).toBe(true);
    expect(mostlyWomen(units[0])).toBe(false);
    expect(preferWomenUnitsOnTie(units).map((u) => u.id)).toEqual(['C', 'B', 'A']);
  });
});

describe('NĐ 152/2025/NĐ-CP Điều 60 khoản 1 (dates) and the default profile of a year', () => {
  it('NĐ 152/2025 rules end on 28/02/2027 (expires 01/03/2027)', () => {
    expect(RULES.discipline2022.to).toBe('2027-02-28');
  });
  it('2020-2021 starts from the 2003 law, 2025-2026 from the 2022 law, neither with an issue', () => {
    expect(defaultTargetProfileFor('2020-09-01', '2021-05-31')).toEqual({
      profileId: 'luat-2003',
      issues: [],
    });
    expect(defaultTargetProfileFor('2025-09-05', '2026-05-31').profileId).toBe('luat-2022');
  });
  it('2023-2024 straddles 01/01/2024: the 2022 law, with a warning naming both', () => {
    const { profileId, issues } = defaultTargetProfileFor('2023-09-05', '2024-05-31');
    expect(profileId).toBe('luat-2022');
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('Luật Thi đua, khen thưởng 2003');
    expect(issues[0].message).toContain('Luật Thi đua, khen thưởng 2022');
  });
});

describe('a rule applied outside its dates says so', () => {
  it('NĐ 152/2025 Điều 4 khoản 4 on a 2023-2024 case: a warning naming the rule and its dates, once', () => {
    const input = baseInput('luat-2022', [person('GV01')], [record('GV01')]);
    const flags = evaluateTargets(input).flags.filter((f) => f.code === 'targets.rule.not-in-force');
    expect(flags.map((f) => f.source)).toEqual(['NĐ 152/2025/NĐ-CP Điều 4 khoản 4 (đã kiểm chứng)']);
    expect(flags[0].message).toContain('01/07/2025 – 28/02/2027');
  });
  it('none for the 2003 law on 2020-2021, nor for the 2022 law on 2025-2026', () => {
    const old = baseInput('luat-2003', [person('GV01')], [record('GV01')]);
    Object.assign(old, { yearStart: '2020-09-01', yearEnd: '2021-05-31' });
    expect(evaluateTargets(old).flags.map((f) => f.code)).not.toContain('targets.rule.not-in-force');
    const now = baseInput('luat-2022', [person('GV01')], [record('GV01')]);
    Object.assign(now, { yearStart: '2025-09-05', yearEnd: '2026-05-31' });
    expect(evaluateTargets(now).flags.map((f) => f.code)).not.toContain('targets.rule.not-in-force');
  });
});

describe('every rule names its source, scope, dates and whether it was checked', () => {
  it.each(Object.entries(RULES))('%s', (_id, rule) => {
    expect(rule.source.length).toBeGreaterThan(5);
    expect(rule.scope.length).toBeGreaterThan(3);
    expect(rule.says.length).toBeGreaterThan(10);
    expect(['checked', 'unverified', 'school']).toContain(rule.status);
    // A checked rule knows when it applies; an unverified one may not (shown as "chưa rõ").
    if (rule.status === 'checked') expect(rule.from ?? rule.to).toBeDefined();
  });
  it('a cap flag names the source and its status', () => {
    const input = baseInput('luat-2003', [person('GV01')], [record('GV01')]);
    input.targets = [
      { id: 'LDTT', kind: 'individual', titleId: 'LDTT', awardLabel: 'LĐTT', level: '', count: 61 },
      { id: 'CSTDCS', kind: 'individual', titleId: 'CSTDCS', awardLabel: 'CSTĐCS', level: '', count: 10 },
    ];
    const flag = evaluateTargets(input).flags.find((f) => f.code === 'targets.cap.cstdcs-plan')!;
    expect(flag.source).toBe('NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (đã kiểm chứng)');
  });
});
