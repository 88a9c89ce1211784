import {
  CLUSTER_RULES,
  SEED_003_PROFILE,
  baseLabel,
  clusterName,
  evaluateVotes,
  hasErrors,
  tallyMeeting,
  tallySummaryForMinutes,
  validateMeetingSetup,
} from '../../../src/domain/votes';
import {
  CLUSTER_NAME,
  MAI,
  SCHOOLS,
  TRUONG_A,
  UNITS,
  clusterBallots,
  clusterMeeting,
  clusterState,
} from './cluster-fixtures';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('the cụm thi đua votes like a council, with the schools’ delegates as voters', () => {
  it('a cụm of 7 schools, 21 delegates, 15 present: quorum met; Trường A 14/15 agree: dẫn đầu cụm', () => {
    const m = clusterMeeting();
    expect(validateMeetingSetup(m)).toEqual([]);
    const tally = tallyMeeting(SEED_003_PROFILE, m, clusterState(m));
    expect(tally.quorum.met).toBe(true);
    const a = tally.rounds[0].candidates.find((c) => c.candidate.id === TRUONG_A.id)!;
    expect([a.agree, a.base, a.status]).toEqual([14, 15, 'passed']);
    const summary = tallySummaryForMinutes(SEED_003_PROFILE, m, clusterState(m), { unitName: CLUSTER_NAME });
    expect(summary.cluster?.leading).toEqual(['Trường Tiểu học A']);
  });

  it('14 present of 21 is exactly 2/3: quorum met; 13 present is not', () => {
    const quorum = (present: number) =>
      tallyMeeting(
        SEED_003_PROFILE,
        clusterMeeting({ present, units: undefined, rounds: [{ round: 1, issued: present }] }),
        {
          entries: [],
        },
      ).quorum.met;
    expect(quorum(14)).toBe(true);
    expect(quorum(13)).toBe(false);
  });

  it('Trường B 9/15 (60%) is not passed up; Nguyễn Thị Mai 12/15 (80%) is, with her school', () => {
    const m = clusterMeeting();
    const summary = tallySummaryForMinutes(SEED_003_PROFILE, m, clusterState(m), { unitName: CLUSTER_NAME });
    expect(summary.cluster?.passedUp).toEqual([
      {
        titleId: 'CSTDCS',
        titleLabel: 'Chiến sĩ thi đua cơ sở',
        entries: [
          {
            name: 'Nguyễn Thị Mai',
            unitName: 'Trường Tiểu học C',
            candidateId: 'C_GV07',
            agree: 12,
            base: 15,
          },
        ],
      },
      {
        titleId: 'CO_THI_DUA',
        titleLabel: 'Cờ thi đua',
        entries: [
          {
            name: 'Trường Tiểu học A',
            unitName: 'Trường Tiểu học A',
            candidateId: 'TH_A',
            agree: 14,
            base: 15,
          },
        ],
      },
    ]);
  });

  it('the minutes name the body, the units with their delegates, and cite where "dẫn đầu cụm" comes from', () => {
    const m = clusterMeeting();
    const summary = tallySummaryForMinutes(SEED_003_PROFILE, m, clusterState(m), { unitName: CLUSTER_NAME });
    expect(summary.body).toBe('Đại biểu các đơn vị trong cụm thi đua');
    expect(summary.cluster?.name).toBe('Cụm thi đua số 3 – Cấp Tiểu học');
    expect(summary.cluster?.units).toEqual(UNITS);
    expect(summary.cluster?.leadingSource).toContain('Kế hoạch thi đua cụm tiểu học Quận 1');
    expect(summary.cluster?.leadingSource).toContain('(quy định của cụm thi đua)');
    expect(summary.cluster?.leadingSource).toContain(
      'TT 29/2023/TT-BGDĐT Điều 4 khoản 2; Luật Thi đua, khen thưởng 2022 Điều 26 (chưa kiểm chứng)',
    );
    expect(CLUSTER_RULES.coThiDuaForLeaders.status).toBe('unverified');
    expect(summary.rounds[0].sessions.map((s) => s.baseLabel)).toEqual([
      'số đại biểu dự họp',
      'số đại biểu dự họp',
    ]);
  });

  it('without units in the meeting, the roster’s schools are the participating units', () => {
    const m = clusterMeeting({ units: undefined });
    const summary = tallySummaryForMinutes(SEED_003_PROFILE, m, clusterState(m), {
      unitName: CLUSTER_NAME,
      unitNames: SCHOOLS,
    });
    expect(summary.cluster?.units.map((u) => u.name)).toEqual(SCHOOLS);
  });

  it('a school’s own meeting has no cluster part', () => {
    const m = clusterMeeting({ body: 'council', units: undefined });
    expect(tallySummaryForMinutes(SEED_003_PROFILE, m, clusterState(m)).cluster).toBeUndefined();
  });

  it('“of all members” reads “tổng số đại biểu các đơn vị trong cụm”', () => {
    expect(baseLabel('allMembers', 'cluster', false)).toBe('tổng số đại biểu các đơn vị trong cụm');
    expect(baseLabel('allMembers', 'council', false)).toBe('tổng số thành viên Hội đồng');
  });

  it('the cụm’s name reads “Cụm thi đua …” whatever was typed', () => {
    expect(clusterName('Cụm thi đua số 3 – Cấp Tiểu học')).toBe('Cụm thi đua số 3 – Cấp Tiểu học');
    expect(clusterName('số 3')).toBe('Cụm thi đua số 3');
    expect(clusterName('  ')).toBe('Cụm thi đua …');
  });
});

describe('a cluster meeting’s setup', () => {
  it('a person proposed without a school is refused, in Vietnamese', () => {
    const m = clusterMeeting({ candidates: [TRUONG_A, { ...MAI, unitName: undefined }] });
    const issues = validateMeetingSetup(m);
    expect(hasErrors(issues)).toBe(true);
    const issue = issues.find((i) => i.code === 'vote.cluster.candidate-no-unit')!;
    expect(issue.message).toBe(
      'Nguyễn Thị Mai (mã C_GV07) được đề nghị CSTĐCS trong cuộc họp cụm nhưng chưa ghi đơn vị; hãy ghi tên trường của người này.',
    );
    // Every ballot then waits for the setup to be fixed.
    expect(codes(evaluateVotes(SEED_003_PROFILE, m, clusterBallots()).issues)).toContain(
      'vote.meeting.invalid',
    );
  });

  it('a school’s own meeting does not ask for a đơn vị', () => {
    const m = clusterMeeting({
      body: 'council',
      units: undefined,
      candidates: [{ ...MAI, unitName: undefined }],
    });
    expect(validateMeetingSetup(m)).toEqual([]);
  });

  it('a person’s school must be one of the cụm’s; a collective candidate must be a school of the cụm', () => {
    const m = clusterMeeting({
      candidates: [
        { ...MAI, unitName: 'Trường Tiểu học X' },
        { titleId: 'CO_THI_DUA', id: 'TO1', name: 'Tổ 1' },
      ],
    });
    expect(codes(validateMeetingSetup(m))).toEqual([
      'vote.cluster.candidate-unit-unknown',
      'vote.cluster.candidate-not-unit',
    ]);
  });

  it('the roster’s schools check the candidates when the meeting lists no units; names match without case or NFD', () => {
    const m = clusterMeeting({
      units: undefined,
      candidates: [{ ...MAI, unitName: 'trường tiểu học c'.normalize('NFD') }],
    });
    expect(validateMeetingSetup(m, SCHOOLS)).toEqual([]);
    expect(codes(validateMeetingSetup(m, ['Trường Tiểu học A']))).toEqual([
      'vote.cluster.candidate-unit-unknown',
    ]);
  });

  it('delegates per school must add up to the meeting’s figures', () => {
    const m = clusterMeeting({ units: UNITS.map((u, i) => (i === 0 ? { ...u, present: 4 } : u)) });
    expect(codes(validateMeetingSetup(m))).toEqual([
      'vote.cluster.unit-present-above-delegates',
      'vote.cluster.present-mismatch',
    ]);
    const twice = clusterMeeting({ units: [...UNITS, { name: 'TRƯỜNG TIỂU HỌC A' }] });
    expect(codes(validateMeetingSetup(twice))).toContain('vote.cluster.unit-twice');
  });
});
