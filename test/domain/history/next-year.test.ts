/**
 * A new year from the last one (issue 12): the roster, criteria and Quy chế carry over, the rounds move a
 * year, and last year's titles join the Lịch sử that CSTĐ tỉnh (CSTĐCS three years in a row, Luật Thi đua,
 * khen thưởng 2022 Điều 22) reads.
 */
import { caseFromFile, caseToFile, evaluateCase, type SchoolCase } from '../../../src/domain/case';
import { nextYearCase, yearsWithTitle, type TitleHistory } from '../../../src/domain/history';
import { samplePhongCase } from '../../../src/domain/sample';
import { defaultScoringConfig } from '../../../src/domain/scoring/default-config';
import { TARGET_PROFILES } from '../../../src/domain/targets';
import type { PersonRecord } from '../../../src/domain/targets';
import { ND_91_2017_PROFILE } from '../../../src/domain/votes/profiles';
import { candidateKey } from '../../../src/domain/votes/meeting';
import type { BallotEvent } from '../../../src/domain/votes/types';

const TEACHER = 'GV07';
const OTHER = 'GV08';

function rounds(first: number) {
  return [
    { id: 'R1', label: 'Đợt 1', start: `${first}-09-05`, end: `${first + 1}-01-15`, weight: 1 },
    { id: 'R2', label: 'Đợt 2', start: `${first + 1}-01-16`, end: `${first + 1}-05-31`, weight: 1 },
  ];
}

/** Hồ sơ of a teacher who could be CSTĐ tỉnh: HTXSNV, a sáng kiến recognised by the province. */
const strongRecord = (personId: string): PersonRecord => ({
  personId,
  rating: 'HTXSNV',
  hireDate: '2010-09-01',
  initiatives: { count: 1, highestLevel: 'tinh' },
});

/** Council of all 20 staff, 20 present, every one agreeing: a CSTĐCS vote that passes under any rule. */
function passingCount(first: number, ids: string[]): BallotEvent {
  return {
    kind: 'count',
    count: {
      round: 1,
      returned: 20,
      invalid: 0,
      perCandidate: Object.fromEntries(
        ids.map((id) => [candidateKey('CSTDCS', id), { agree: 20, disagree: 0 }]),
      ),
      enteredBy: 'Thư ký',
      enteredAt: `${first + 1}-05-25T09:00:00`,
    },
  };
}

/** School year 2021-2022: CSTĐCS voted for both teachers; earlier years typed on "Lịch sử". */
function year2021(history: TitleHistory): SchoolCase {
  const staff = Array.from({ length: 20 }, (_, i) => ({
    id: `GV${String(i + 1).padStart(2, '0')}`,
    fullName: `Nguyễn Thị Giáo Viên ${i + 1}`,
    gender: 'nữ' as const,
    roleId: 'giao-vien',
    position: 'Giáo viên',
    teamId: 'T1',
  }));
  const candidates = [TEACHER, OTHER].map((id) => ({ titleId: 'CSTDCS' as const, id, name: id }));
  return {
    roster: {
      info: {
        name: 'Trường Tiểu học Thử Nghiệm',
        schoolYear: '2021-2022',
        parentBody: 'Phòng Giáo dục và Đào tạo',
        place: 'Thuận An',
        yearStart: '2021-09-05',
        yearEnd: '2022-05-31',
      },
      roles: [{ id: 'giao-vien', label: 'Giáo viên' }],
      teams: [{ id: 'T1', name: 'Tổ 1' }],
      staff,
    },
    scoring: { config: defaultScoringConfig(rounds(2021)), inputs: [] },
    targets: {
      profile: TARGET_PROFILES['luat-2022'],
      targets: [],
      registrations: [],
      records: [strongRecord(TEACHER), strongRecord(OTHER)],
    },
    votes: {
      profile: ND_91_2017_PROFILE,
      meeting: {
        body: 'allStaff',
        totalMembers: 20,
        present: 20,
        form: 'secret',
        candidates,
        countingRule: 'invalid',
        rounds: [{ round: 1, issued: 20 }],
      },
      events: [passingCount(2021, [TEACHER, OTHER])],
    },
    history,
  };
}

const typed: TitleHistory = [
  { personId: TEACHER, year: 2019, titles: ['LDTT', 'CSTDCS'] },
  { personId: TEACHER, year: 2020, titles: ['LDTT', 'CSTDCS'] },
  // The other teacher's 2020-2021 is missing from the paper records typed in.
  { personId: OTHER, year: 2019, titles: ['LDTT', 'CSTDCS'] },
];

function cstdTinh(schoolCase: SchoolCase, personId: string) {
  const status = evaluateCase(schoolCase).targets?.people.find(
    (p) => p.subject.id === personId && p.titleId === 'CSTD_TINH',
  );
  if (!status) throw new Error('no CSTĐ tỉnh status');
  return status;
}

function consecutiveCheck(schoolCase: SchoolCase, personId: string) {
  const check = cstdTinh(schoolCase, personId).eligibility.checks.find((c) => c.code === 'consecutive-years');
  if (!check) throw new Error('no consecutive-years check');
  return check;
}

function nextYear(last: SchoolCase): SchoolCase {
  const next = nextYearCase(last, evaluateCase(last));
  if (!next.schoolCase) throw new Error(next.issues.map((i) => i.message).join('\n'));
  return next.schoolCase;
}

describe('a new year from the last one', () => {
  test('CSTĐCS typed for 2019-2020 and 2020-2021, voted in 2021-2022: three in a row for CSTĐ tỉnh', () => {
    const check = consecutiveCheck(year2021(typed), TEACHER);
    expect(check.outcome).toBe('pass');
    expect(check.message).toContain('2019-2020, 2020-2021');
    expect(cstdTinh(year2021(typed), TEACHER).eligibility.verdict).toBe('eligible');
  });

  test('2020-2021 missing from the history: not eligible, and the reason names 2020-2021', () => {
    const status = cstdTinh(year2021(typed), OTHER);
    expect(status.eligibility.verdict).toBe('not-eligible');
    const check = consecutiveCheck(year2021(typed), OTHER);
    expect(check.outcome).toBe('fail');
    expect(check.message).toContain('thiếu năm 2020-2021');
    expect(check.message).toContain('Lịch sử');
    expect(check.source).toContain('Điều 22');
  });

  test('the next year carries the 2021-2022 CSTĐCS into the history, and the rule reads it', () => {
    const next = nextYear(year2021(typed));
    expect(next.roster.info.schoolYear).toBe('2022-2023');
    expect(yearsWithTitle(next.history ?? [], TEACHER, 'CSTDCS')).toEqual([2019, 2020, 2021]);
    // 2022-2023: the profile asks CSTĐCS in 2020-2021 and 2021-2022, and this year.
    next.targets = { ...next.targets!, records: [strongRecord(TEACHER), strongRecord(OTHER)] };
    expect(consecutiveCheck(next, TEACHER).outcome).toBe('pass');
    expect(consecutiveCheck(next, TEACHER).message).toContain('2020-2021, 2021-2022');
    const other = consecutiveCheck(next, OTHER);
    expect(other.outcome).toBe('fail');
    expect(other.message).toContain('thiếu năm 2020-2021');
    expect(other.message).not.toContain('2021-2022,');
  });

  test('a year typed in later on the Lịch sử sheet makes the missing teacher eligible', () => {
    const fixed = year2021([...typed, { personId: OTHER, year: 2020, titles: ['CSTDCS'] }]);
    expect(consecutiveCheck(fixed, OTHER).outcome).toBe('pass');
  });

  test('roster, criteria and Quy chế carry over; rounds and dates move one year; the year starts empty', () => {
    const last = year2021(typed);
    const next = nextYear(last);
    expect(next.roster.staff).toEqual(last.roster.staff);
    expect(next.roster.teams).toEqual(last.roster.teams);
    expect(next.roster.roles).toEqual(last.roster.roles);
    expect(next.scoring.config.criteria).toEqual(last.scoring.config.criteria);
    expect(next.scoring.config.bands).toEqual(last.scoring.config.bands);
    expect(next.scoring.config.rounds).toEqual(
      rounds(2022).map((r) => ({ ...last.scoring.config.rounds.find((o) => o.id === r.id), ...r })),
    );
    expect(next.roster.info).toMatchObject({ yearStart: '2022-09-05', yearEnd: '2023-05-31' });
    expect(next.targets?.profile).toEqual(last.targets?.profile);
    expect(next.votes?.profile).toEqual(last.votes?.profile);
    expect(next.scoring.inputs).toEqual([]);
    expect(next.votes?.events).toEqual([]);
    expect(next.votes?.meeting.candidates).toEqual([]);
    expect(next.targets?.records).toEqual([]);
  });

  test('a vote without a quyết định is carried with a note; a rejected approval is not', () => {
    const last = year2021(typed);
    last.targets!.approvals = [
      { subject: { kind: 'person', id: OTHER }, titleId: 'CSTDCS', approval: 'rejected' },
    ];
    const next = nextYearCase(last, evaluateCase(last));
    const history = next.schoolCase?.history ?? [];
    expect(yearsWithTitle(history, TEACHER, 'CSTDCS')).toContain(2021);
    expect(yearsWithTitle(history, OTHER, 'CSTDCS')).not.toContain(2021);
    const note = next.issues.find((i) => i.code === 'history.carried-from-vote');
    expect(note?.message).toContain(`mã ${TEACHER}`);
    expect(note?.message).not.toContain(`mã ${OTHER}`);
  });

  test('a discipline whose term runs into the new year is carried; one that ended is not', () => {
    const last = year2021(typed);
    last.targets!.records = [
      { personId: 'GV01', discipline: { level: 'khien-trach', date: '2022-03-01', termEnd: '2023-03-01' } },
      { personId: 'GV02', discipline: { level: 'khien-trach', date: '2021-01-01', termEnd: '2022-01-01' } },
    ];
    expect(nextYear(last).targets?.records.map((r) => r.personId)).toEqual(['GV01']);
  });

  test('a 29/02 round end moves to 28/02; a new year before the old one is refused', () => {
    const last = year2021(typed);
    last.scoring.config.rounds[0].end = '2024-02-29';
    expect(nextYear(last).scoring.config.rounds[0].end).toBe('2025-02-28');
    const refused = nextYearCase(last, evaluateCase(last), 2021);
    expect(refused.schoolCase).toBeUndefined();
    expect(refused.issues[0].message).toContain('2021-2022');
  });
});

describe('a Phòng’s next year', () => {
  test('keeps its schools and criteria, a year on, and carries no title history: schools hold no staff titles', () => {
    const sample = samplePhongCase();
    const last: SchoolCase = {
      roster: sample.roster,
      scoring: { config: sample.config, inputs: sample.scores },
    };
    const next = nextYearCase(last, evaluateCase(last));
    expect(next.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(next.schoolCase?.roster.unitKind).toBe('school');
    expect(next.schoolCase?.roster.staff).toEqual(sample.roster.staff);
    expect(next.schoolCase?.roster.info.schoolYear).toBe('2021-2022');
    expect(next.schoolCase).not.toHaveProperty('history');
  });
});

describe('the title history in a JSON case file', () => {
  test('written by caseToFile, read back by caseFromFile, and read by the CSTĐ tỉnh rule', () => {
    const file = caseToFile(year2021(typed));
    expect(file.history).toEqual(typed);
    const { schoolCase, issues } = caseFromFile(JSON.parse(JSON.stringify(file)) as typeof file);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(schoolCase?.history).toEqual(typed);
    expect(consecutiveCheck(schoolCase!, TEACHER).outcome).toBe('pass');
    expect(consecutiveCheck(schoolCase!, OTHER).message).toContain('thiếu năm 2020-2021');
  });

  test('one person and year twice: one entry with both years’ titles kept, and a note naming them', () => {
    const file = caseToFile(year2021(typed));
    file.history = [...typed, { personId: TEACHER, year: 2019, titles: ['CSTD_TINH'] }];
    const { schoolCase, issues } = caseFromFile(file);
    const merged = schoolCase?.history?.filter((e) => e.personId === TEACHER && e.year === 2019);
    expect(merged).toEqual([{ personId: TEACHER, year: 2019, titles: ['LDTT', 'CSTDCS', 'CSTD_TINH'] }]);
    const note = issues.find((i) => i.code === 'case.history-repeated');
    expect(note?.message).toContain(`mã ${TEACHER}`);
    expect(note?.message).toContain('2019-2020');
  });
});
