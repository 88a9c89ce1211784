import fc from 'fast-check';
import type { Person } from '../../../src/domain/school/types';
import type {
  PersonRecord,
  Registration,
  Target,
  TargetsInput,
  TitleDecision,
} from '../../../src/domain/targets';
import { capMaximum, evaluateTargets, TARGET_PROFILES, withinCap } from '../../../src/domain/targets';
import type { TitleId } from '../../../src/domain/titles';

const TEAMS = [
  { id: 'T1', name: 'Tổ 1' },
  { id: 'T2', name: 'Tổ 2' },
  { id: 'T3', name: 'Tổ 3' },
];
const INDIVIDUAL: TitleId[] = ['LDTT', 'CSTDCS', 'CSTD_TINH'];

/** A random school: people in 3 tổ, random ratings, registrations and decisions. */
const schoolArb = fc
  .array(
    fc.record({
      team: fc.constantFrom('T1', 'T2', 'T3'),
      gender: fc.constantFrom<'nam' | 'nữ'>('nam', 'nữ'),
      rating: fc.constantFrom<PersonRecord['rating']>('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', undefined),
      initiatives: fc.integer({ min: 0, max: 2 }),
      registered: fc.subarray(INDIVIDUAL),
      vote: fc.constantFrom<TitleDecision['vote']>('passed', 'failed', 'none'),
      approval: fc.constantFrom<TitleDecision['approval']>('approved', 'rejected', 'none'),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows): School => {
    const staff: Person[] = rows.map((r, i) => ({
      id: `P${i}`,
      fullName: `Người ${i}`,
      gender: r.gender,
      roleId: 'giao-vien',
      position: 'Giáo viên',
      teamId: r.team,
    }));
    const records: PersonRecord[] = rows.map((r, i) => ({
      personId: `P${i}`,
      rating: r.rating,
      initiatives: { count: r.initiatives },
    }));
    const registrations: Registration[] = rows.flatMap((r, i) =>
      r.registered.map((titleId) => ({ subject: { kind: 'person' as const, id: `P${i}` }, titleId })),
    );
    const decisions: TitleDecision[] = rows.flatMap((r, i) =>
      r.registered.map((titleId) => ({
        subject: { kind: 'person' as const, id: `P${i}` },
        titleId,
        vote: r.vote,
        approval: r.approval,
      })),
    );
    return { staff, records, registrations, decisions };
  });

interface School {
  staff: Person[];
  records: PersonRecord[];
  registrations: Registration[];
  decisions: TitleDecision[];
}

const EMPTY_SCHOOL: School = { staff: [], records: [], registrations: [], decisions: [] };

function inputWith(school: School, targets: Target[]): TargetsInput {
  return {
    profile: TARGET_PROFILES['luat-2003'],
    yearStart: '2020-09-01',
    yearEnd: '2021-05-28',
    schoolName: 'Trường Thử',
    staff: school.staff,
    teams: TEAMS,
    targets,
    registrations: school.registrations,
    records: school.records,
    decisions: school.decisions,
  };
}

const target = (titleId: TitleId, count: number): Target => ({
  id: titleId,
  kind: 'individual',
  titleId,
  awardLabel: titleId,
  level: '',
  count,
});

describe('properties of evaluateTargets', () => {
  it('once a target exceeds the pool, the "unreachable" flag stays however far the target grows', () => {
    fc.assert(
      fc.property(
        schoolArb,
        fc.constantFrom(...INDIVIDUAL),
        fc.integer({ min: 1, max: 30 }),
        (school, titleId, extra) => {
          const first = evaluateTargets(inputWith(school, [target(titleId, 0)]));
          const pool = first.targets[0].pool ?? 0;
          for (const count of [pool + 1, pool + extra, pool + extra + 5]) {
            const r = evaluateTargets(inputWith(school, [target(titleId, count)]));
            expect(r.targets[0].status).toBe('unreachable');
            expect(r.flags.filter((f) => f.code === 'targets.unreachable')).toHaveLength(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts add up: registered ≥ eligible ≥ proposed ≥ voted ≥ approved, and result ≤ pool', () => {
    fc.assert(
      fc.property(schoolArb, fc.constantFrom(...INDIVIDUAL), (school, titleId) => {
        const t = evaluateTargets(inputWith(school, [target(titleId, 1)])).targets[0];
        const c = t.counts!;
        expect(c.registered).toBeGreaterThanOrEqual(c.eligible);
        expect(c.eligible).toBeGreaterThanOrEqual(c.proposed);
        expect(c.proposed).toBeGreaterThanOrEqual(c.voted);
        expect(c.voted).toBeGreaterThanOrEqual(c.approved);
        expect(t.result).toBe(c.approved);
        expect(t.pool).toBeGreaterThanOrEqual(t.result);
        expect(t.gap).toBe(t.result - 1);
      }),
      { numRuns: 60 },
    );
  });

  it('the CSTĐCS cap is monotone: more CSTĐCS never clears it, more LĐTT never raises it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 50 }),
        (ldtt, cstdcs, more) => {
          const flagged = (c: number, l: number) =>
            evaluateTargets(inputWith(EMPTY_SCHOOL, [target('LDTT', l), target('CSTDCS', c)])).flags.some(
              (f) => f.code === 'targets.cap.cstdcs-plan',
            );
          const now = flagged(cstdcs, ldtt);
          expect(now).toBe(cstdcs > capMaximum(ldtt, 15));
          if (now) expect(flagged(cstdcs + more, ldtt)).toBe(true);
          if (!now) expect(flagged(cstdcs, ldtt + more)).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('withinCap agrees with capMaximum on integers, for any percent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 100 }),
        (count, base, percent) => {
          expect(withinCap(count, base, percent)).toBe(count <= capMaximum(base, percent));
        },
      ),
    );
  });
});
