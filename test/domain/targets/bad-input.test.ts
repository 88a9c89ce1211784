import type { Target } from '../../../src/domain/targets';
import { customTargetProfile, evaluateTargets } from '../../../src/domain/targets';
import { baseInput, person, record } from './helpers';

const at = (address: string) => ({ sheet: 'Đăng ký', address });

/** Two people under the 2022 law, at a school whose Quy chế requires registration (as seed 000's plan). */
function twoPeople() {
  const input = baseInput(
    'luat-2022',
    [person('GV01'), person('GV02', 'T2', 'nam', 'Trần Văn Bình')],
    [record('GV01'), record('GV02')],
  );
  input.profile = customTargetProfile('luat-2022', { requireRegistration: true });
  return input;
}

const ldtt = (count: number): Target => ({
  id: 'LDTT',
  kind: 'individual',
  titleId: 'LDTT',
  awardLabel: 'Lao động tiên tiến',
  level: '',
  count,
  location: { sheet: 'Chỉ tiêu', address: 'F5' },
});

describe('bad input: each a clear Vietnamese message, nothing dropped silently', () => {
  it('a target for a title the profile does not know', () => {
    const input = twoPeople();
    input.targets = [
      {
        id: 'CSTD_TQ',
        kind: 'individual',
        titleId: 'CSTD_TOAN_QUOC',
        awardLabel: 'CSTĐ toàn quốc',
        level: '',
        count: 1,
      },
    ];
    const r = evaluateTargets(input);
    const flag = r.flags.find((f) => f.code === 'targets.unknown-title')!;
    expect(flag.severity).toBe('error');
    expect(flag.message).toContain('không có tiêu chuẩn cho danh hiệu Chiến sĩ thi đua toàn quốc');
    expect(flag.message).toContain('chọn quy chế khác trên sheet Quy chế');
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ result: 0, pool: 0, status: 'unreachable' });
  });

  it('a target above the headcount, at its cell', () => {
    const input = twoPeople();
    input.targets = [ldtt(3)];
    const flag = evaluateTargets(input).flags.find((f) => f.code === 'targets.above-headcount')!;
    expect(flag).toMatchObject({ severity: 'error', location: { sheet: 'Chỉ tiêu', address: 'F5' } });
    expect(flag.message).toBe(
      'Chỉ tiêu «Lao động tiên tiến» là 3 nhưng trường chỉ có 2 cán bộ, giáo viên, nhân viên. Giảm chỉ tiêu hoặc bổ sung danh sách.',
    );
  });

  it('a tổ target above the number of tổ, and "of" that does not match the tổ', () => {
    const input = twoPeople();
    input.targets = [
      {
        id: 'TO',
        kind: 'collective',
        titleId: 'TTLDTT',
        awardLabel: '3/4 tổ TTLĐTT',
        level: '',
        count: 3,
        of: 4,
      },
    ];
    const codes = evaluateTargets(input).flags.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['targets.above-headcount', 'targets.of-mismatch']));
  });

  it('a person registered twice for one title: both cells named, counted once', () => {
    const input = twoPeople();
    input.targets = [ldtt(1)];
    input.registrations = [
      { subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT', location: at('E7') },
      { subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT', location: at('E9') },
    ];
    const r = evaluateTargets(input);
    const flag = r.flags.find((f) => f.code === 'targets.registered-twice')!;
    expect(flag.message).toBe(
      'Nguyễn Thị GV01 (mã GV01) đăng ký Lao động tiên tiến hai lần (ô E7 sheet Đăng ký) và (ô E9 sheet Đăng ký). Xóa một lần đăng ký; hiện chỉ tính một.',
    );
    expect(flag.location).toEqual(at('E9'));
    expect(r.targets[0].counts?.registered).toBe(1);
  });

  it('hired after the end of the year', () => {
    const input = twoPeople();
    input.records = [record('GV01', { hireDate: '2024-09-01', location: at('P5') })];
    const flag = evaluateTargets(input).flags.find((f) => f.code === 'targets.record.hired-after-year')!;
    expect(flag.message).toBe(
      'Nguyễn Thị GV01 (mã GV01): ngày tuyển dụng 01/09/2024 sau ngày kết thúc năm học 31/05/2024, không thể có. Sửa ngày tuyển dụng.',
    );
    expect(flag.location).toEqual(at('P5'));
  });

  it('a date that does not exist, a discipline after the year, a CSTĐCS year that is not earlier', () => {
    const input = twoPeople();
    input.records = [
      record('GV01', { hireDate: '2021-02-30' }),
      record('GV02', { discipline: { level: 'canh-cao', date: '2024-07-01' }, cstdcsYears: [2023] }),
    ];
    const codes = evaluateTargets(input).flags.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'targets.record.bad-date',
        'targets.record.discipline-after-year',
        'targets.record.cstdcs-year-not-before',
      ]),
    );
  });

  it('a registration for a code nobody has, and a person registered for a tổ title', () => {
    const input = twoPeople();
    input.registrations = [
      { subject: { kind: 'person', id: 'GV99' }, titleId: 'LDTT', location: at('A70') },
      { subject: { kind: 'person', id: 'GV01' }, titleId: 'TTLDTT' },
    ];
    const flags = evaluateTargets(input).flags;
    expect(flags.find((f) => f.code === 'targets.unknown-subject')?.message).toContain(
      'mã cán bộ "GV99" (ô A70 sheet Đăng ký)',
    );
    expect(flags.find((f) => f.code === 'targets.wrong-scope')?.message).toContain('là danh hiệu tập thể');
  });

  it('two targets with one id, a negative count, a count above its "of"', () => {
    const input = twoPeople();
    input.targets = [ldtt(1), { ...ldtt(-1) }, { ...ldtt(1), id: 'X', of: 0 }];
    const codes = evaluateTargets(input).flags.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['targets.duplicate-id', 'targets.bad-count', 'targets.above-of']),
    );
  });

  it('rating and scoring band that disagree, and a band with no rating', () => {
    const input = twoPeople();
    input.records = [
      record('GV01', { rating: 'HTXSNV', band: 'HTTNV' }),
      record('GV02', { rating: undefined, band: 'HTTNV' }),
    ];
    const flags = evaluateTargets(input).flags;
    expect(flags.find((f) => f.code === 'targets.record.rating-band-mismatch')?.message).toContain(
      'xếp loại HTXSNV khác khung điểm HTTNV',
    );
    expect(flags.find((f) => f.code === 'targets.record.rating-from-band')?.severity).toBe('info');
  });

  it('a school year whose start is after its end', () => {
    const input = twoPeople();
    input.yearStart = '2024-09-01';
    expect(evaluateTargets(input).flags[0].code).toBe('targets.bad-year');
  });
});

describe('irregular proposals', () => {
  it('proposed without registration (the school’s Quy chế, as seed 000)', () => {
    const input = twoPeople();
    input.proposals = [{ subject: { kind: 'person', id: 'GV02' }, titleId: 'CSTDCS', location: at('B12') }];
    const flag = evaluateTargets(input).flags.find((f) => f.code === 'targets.proposed-unregistered')!;
    expect(flag.message).toBe(
      'Trần Văn Bình (mã GV02) được đề nghị Chiến sĩ thi đua cơ sở nhưng chưa đăng ký thi đua danh hiệu này nên không được xét. Bỏ khỏi danh sách đề nghị, hoặc ghi đăng ký nếu đã đăng ký đúng hạn.',
    );
    expect(flag.source).toBe('Quy chế của trường (quy định của trường)');
    expect(flag.location).toEqual(at('B12'));
  });

  it('a vote recorded for someone never registered counts as a proposal too', () => {
    const input = twoPeople();
    input.decisions = [{ subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT', vote: 'passed' }];
    expect(evaluateTargets(input).flags.some((f) => f.code === 'targets.proposed-unregistered')).toBe(true);
  });

  it('proposed without eligibility, with the failed condition and its source', () => {
    const input = twoPeople();
    input.registrations = [
      { subject: { kind: 'person', id: 'GV01' }, titleId: 'CSTDCS' },
      { subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT' },
    ];
    input.proposals = [{ subject: { kind: 'person', id: 'GV01' }, titleId: 'CSTDCS' }];
    const flag = evaluateTargets(input).flags.find((f) => f.code === 'targets.proposed-ineligible')!;
    expect(flag.message).toContain('chưa đủ điều kiện');
    expect(flag.message).toContain('Chiến sĩ thi đua cơ sở cần một trong');
    expect(flag.source).toBe('Luật Thi đua, khen thưởng 2022 Điều 23 (đã kiểm chứng)');
  });

  it('one person proposed for two forms for one achievement (seed 003, principle 4)', () => {
    const input = twoPeople();
    input.targets = [
      { id: 'LDLD-TINH', kind: 'union', awardLabel: 'Liên đoàn Lao động tỉnh khen', level: '', count: 1 },
    ];
    input.registrations = [{ subject: { kind: 'person', id: 'GV01' }, titleId: 'CSTDCS' }];
    input.proposals = [
      { subject: { kind: 'person', id: 'GV01' }, titleId: 'CSTDCS', achievementId: 'SK-2024-03' },
      {
        subject: { kind: 'person', id: 'GV01' },
        targetId: 'LDLD-TINH',
        achievementId: 'SK-2024-03',
        location: at('C4'),
      },
    ];
    const flag = evaluateTargets(input).flags.find((f) => f.code === 'targets.double-award')!;
    expect(flag.message).toBe(
      'Nguyễn Thị GV01 (mã GV01) được đề nghị 2 hình thức (Chiến sĩ thi đua cơ sở, Liên đoàn Lao động tỉnh khen) cho cùng một thành tích "SK-2024-03". Chỉ giữ một hình thức cho thành tích này.',
    );
    expect(flag.location).toEqual(at('C4'));
  });

  it('approved without a passing vote', () => {
    const input = twoPeople();
    input.registrations = [{ subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT' }];
    input.decisions = [{ subject: { kind: 'person', id: 'GV01' }, titleId: 'LDTT', approval: 'approved' }];
    const r = evaluateTargets(input);
    expect(r.flags.some((f) => f.code === 'targets.approved-without-vote')).toBe(true);
    expect(r.people.find((p) => p.subject.id === 'GV01' && p.titleId === 'LDTT')?.stage).toBe('proposed');
  });
});

describe('the HTXSNV cap (NĐ 335/2025/NĐ-CP, a school’s option)', () => {
  it('flags 3 HTXSNV among 10 rated HTTNV or better (20% of 10 is 2)', () => {
    const staff = Array.from({ length: 10 }, (_, i) => person(`P${i}`));
    const input = baseInput(
      'luat-2022',
      staff,
      staff.map((p, i) => record(p.id, { rating: i < 3 ? 'HTXSNV' : 'HTTNV' })),
    );
    input.profile = customTargetProfile('luat-2022', { htxsnvCapPercent: 20 });
    const flag = evaluateTargets(input).flags.find((f) => f.code === 'targets.cap.htxsnv')!;
    expect(flag.source).toBe('NĐ 335/2025/NĐ-CP (nhà trường điều chỉnh) (quy định của trường)');
    expect(flag.message).toContain('20% của 10 là 2, nên tối đa 2');
  });

  it('accepts 2 of 10', () => {
    const staff = Array.from({ length: 10 }, (_, i) => person(`P${i}`));
    const input = baseInput(
      'luat-2022',
      staff,
      staff.map((p, i) => record(p.id, { rating: i < 2 ? 'HTXSNV' : 'HTTNV' })),
    );
    input.profile = customTargetProfile('luat-2022', { htxsnvCapPercent: 20 });
    expect(evaluateTargets(input).flags.some((f) => f.code === 'targets.cap.htxsnv')).toBe(false);
  });

  it('is off by default: 3 of 10 HTXSNV raise nothing under the 2022 profile', () => {
    const staff = Array.from({ length: 10 }, (_, i) => person(`P${i}`));
    const input = baseInput(
      'luat-2022',
      staff,
      staff.map((p, i) => record(p.id, { rating: i < 3 ? 'HTXSNV' : 'HTTNV' })),
    );
    expect(evaluateTargets(input).flags.some((f) => f.code === 'targets.cap.htxsnv')).toBe(false);
  });
});
