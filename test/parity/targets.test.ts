import fc from 'fast-check';
import type { Person } from '../../src/domain/school/types';
import type {
  PersonRecord,
  Registration,
  TargetProfileId,
  TargetsInput,
  TitleDecision,
  UnitRecord,
} from '../../src/domain/targets';
import {
  capMaximum,
  customTargetProfile,
  evaluateTargets,
  OUTCOME_LABELS,
  seed000Targets,
  TARGET_PROFILES,
} from '../../src/domain/targets';
import type { TitleId } from '../../src/domain/titles';
import { cellAddress } from '../../src/layout/a1';
import { CAP_TEXT, CHI_TIEU_SHEET, TARGET_COLUMNS } from '../../src/layout/targets';
import { fullYearInput, planningInput } from '../domain/targets/fixtures/school61';
import { buildWorkbook } from '../layout/targets/build-workbook';
import { expectParity } from './targets-parity';

describe('parity: the Chỉ tiêu and Đăng ký formulas give the domain’s answers (HyperFormula)', () => {
  it('seed 000 at planning time, 2003 law: the cap check says "Vượt giới hạn"', () => {
    const input = planningInput(TARGET_PROFILES['luat-2003']);
    const built = buildWorkbook(input);
    expectParity(built, input);
    expect(built.workbook.value(CHI_TIEU_SHEET, built.targets.layout.capConclusion!)).toBe(CAP_TEXT.over);
    // The line above the conclusion: "Số CSTĐCS tối đa" = INT(15 × 61 / 100) = 9, as capMaximum says.
    const maxCell = built.targets.layout.capConclusion!.replace(/\d+$/, (n) => String(Number(n) - 2));
    expect(built.workbook.value(CHI_TIEU_SHEET, maxCell)).toBe(capMaximum(61, 15));
  });

  for (const profile of ['luat-2003', 'luat-2022'] as const) {
    it(`the 61-person full year under ${profile}`, () => {
      const input = fullYearInput(TARGET_PROFILES[profile]);
      expectParity(buildWorkbook(input), input);
    });
  }

  it('a user lowers CSTĐCS to 9 in the sheet: the cap check clears and the status follows, as the domain says', () => {
    const input = planningInput(TARGET_PROFILES['luat-2003']);
    const built = buildWorkbook(input);
    const row = built.targets.layout.rows.get('CSTDCS')!;
    built.workbook.set(CHI_TIEU_SHEET, cellAddress(row, TARGET_COLUMNS.count), 9);
    expect(built.workbook.value(CHI_TIEU_SHEET, built.targets.layout.capConclusion!)).toBe(CAP_TEXT.within);
    const edited = {
      ...input,
      targets: input.targets.map((t) => (t.id === 'CSTDCS' ? { ...t, count: 9 } : t)),
    };
    expect(evaluateTargets(edited).flags.some((f) => f.code === 'targets.cap.cstdcs-plan')).toBe(false);
    expect(built.workbook.value(CHI_TIEU_SHEET, cellAddress(row, TARGET_COLUMNS.gap))).toBe(-9);
  });

  it('a user raises TTLĐTT to 7 of 8 after the year: "Không thể đạt", as the domain says', () => {
    const input = fullYearInput(TARGET_PROFILES['luat-2003']);
    const built = buildWorkbook(input);
    const row = built.targets.layout.rows.get('TTLDTT-TO')!;
    built.workbook.set(CHI_TIEU_SHEET, cellAddress(row, TARGET_COLUMNS.count), 7);
    const edited = {
      ...input,
      targets: input.targets.map((t) => (t.id === 'TTLDTT-TO' ? { ...t, count: 7 } : t)),
    };
    const domain = evaluateTargets(edited).targets.find((t) => t.target.id === 'TTLDTT-TO')!;
    expect(domain.status).toBe('unreachable');
    expect(built.workbook.value(CHI_TIEU_SHEET, cellAddress(row, TARGET_COLUMNS.status))).toBe(
      OUTCOME_LABELS.unreachable,
    );
  });

  it('a school that edits the TTLĐTT share on Quy chế to 60%: the tổ formulas follow the name', () => {
    const profile = customTargetProfile('luat-2022', { ttldttPercent: 60 });
    const input = fullYearInput(profile);
    const built = buildWorkbook(input);
    expect(built.names['TD_TTLDTT_PhanTram']).toBe(60);
    expectParity(built, input);
  });
});

const TEAMS = [
  { id: 'A', name: 'Tổ Toán' },
  { id: 'B', name: 'Tổ Văn' },
  { id: 'C', name: 'Văn phòng' },
];
const INDIVIDUAL: TitleId[] = ['LDTT', 'CSTDCS', 'CSTD_TINH'];

const personArb = fc.record({
  team: fc.constantFrom('A', 'B', 'C'),
  gender: fc.constantFrom<'nam' | 'nữ'>('nam', 'nữ'),
  rating: fc.constantFrom<PersonRecord['rating']>('HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV', undefined),
  discipline: fc.constantFrom<PersonRecord['discipline']>(
    undefined,
    undefined,
    undefined,
    { level: 'khien-trach' },
    { level: 'canh-cao' },
  ),
  hireDate: fc.constantFrom('2010-09-01', '2020-12-01', '2020-06-01'),
  initiatives: fc.integer({ min: 0, max: 2 }),
  cstdcsYears: fc.constantFrom<number[]>([], [2019], [2018, 2019]),
  registered: fc.subarray(INDIVIDUAL),
  decision: fc.record({
    vote: fc.constantFrom<TitleDecision['vote']>('passed', 'passed', 'failed', 'none'),
    approval: fc.constantFrom<TitleDecision['approval']>('approved', 'approved', 'rejected', 'none'),
  }),
});

const schoolArb = fc.record({
  people: fc.array(personArb, { minLength: 0, maxLength: 18 }),
  profile: fc.constantFrom<TargetProfileId>('luat-2003', 'luat-2022'),
  requireRegistration: fc.boolean(),
  ttldttPercent: fc.constantFrom(50, 60, 70),
  teamRatings: fc.array(fc.constantFrom<UnitRecord['rating']>('HTXSNV', 'HTTNV', 'HTNV', undefined), {
    minLength: 4,
    maxLength: 4,
  }),
  teamRegistered: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  teamDecided: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  resultStage: fc.constantFrom<'eligible' | 'approved'>('eligible', 'approved'),
  counts: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 14, maxLength: 14 }),
});

describe('parity on random schools', () => {
  it('holds for any school, profile, registration rule and result stage', () => {
    fc.assert(
      fc.property(schoolArb, (s) => {
        const staff: Person[] = s.people.map((p, i) => ({
          id: `P${i}`,
          fullName: `Người ${i}`,
          gender: p.gender,
          roleId: 'giao-vien',
          position: 'Giáo viên',
          teamId: p.team,
        }));
        const records: PersonRecord[] = s.people.map((p, i) => ({
          personId: `P${i}`,
          rating: p.rating,
          hireDate: p.hireDate,
          ...(p.discipline ? { discipline: p.discipline } : {}),
          initiatives: { count: p.initiatives, highestLevel: p.initiatives > 1 ? 'tinh' : 'co-so' },
          cstdcsYears: p.cstdcsYears,
        }));
        const registrations: Registration[] = s.people.flatMap((p, i) =>
          p.registered.map((titleId) => ({ subject: { kind: 'person' as const, id: `P${i}` }, titleId })),
        );
        const decisions: TitleDecision[] = s.people.flatMap((p, i) =>
          INDIVIDUAL.map((titleId) => ({
            subject: { kind: 'person' as const, id: `P${i}` },
            titleId,
            ...p.decision,
          })),
        );
        const units = [
          ...TEAMS.map((t) => ({ kind: 'team' as const, id: t.id })),
          { kind: 'school' as const },
        ];
        units.forEach((subject, i) => {
          const titleId: TitleId = subject.kind === 'school' ? 'TTLDXS' : 'TTLDTT';
          if (s.teamRegistered[i]) registrations.push({ subject, titleId });
          if (s.teamDecided[i]) decisions.push({ subject, titleId, vote: 'passed', approval: 'approved' });
        });
        const input: TargetsInput = {
          profile: customTargetProfile(s.profile, {
            requireRegistration: s.requireRegistration,
            ttldttPercent: s.ttldttPercent,
          }),
          yearStart: '2020-09-01',
          yearEnd: '2021-05-28',
          schoolName: 'Trường Thử',
          staff,
          teams: TEAMS,
          targets: seed000Targets().map((t, i) => ({ ...t, count: s.counts[i], ...(t.of ? { of: 3 } : {}) })),
          registrations,
          records,
          unitRecords: units.map((subject, i) => ({ subject, rating: s.teamRatings[i] })),
          decisions,
          manualResults: { 'HAI-GIOI': s.counts[0], 'CD-XUAT-SAC': 1 },
          resultStage: s.resultStage,
        };
        expectParity(buildWorkbook(input), input);
      }),
      { numRuns: 40 },
    );
  });
});
