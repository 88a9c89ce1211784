import { evaluateCase } from '../../../../src/domain/case';
import type { DomainIssue } from '../../../../src/domain/issues';
import { sampleFullCase } from '../../../../src/domain/sample';
import { keyOf, type Candidate } from '../../../../src/domain/votes';
import { entryGate } from '../../../../src/domain/votes/tally/gate';
import { sessionTally, startTally } from '../../../../src/domain/votes/tally/session';
import {
  capWarnings,
  eligibilityWarnings,
  passedButNotEligible,
  warningText,
} from '../../../../src/domain/votes/tally/warnings';
import { meeting61, type, votes61 } from './fixtures';

const schoolCase = sampleFullCase();
const results = evaluateCase(schoolCase);
const targets = results.targets!;
const cstdcs = (verdict: string) =>
  targets.people.find(
    (s) => s.titleId === 'CSTDCS' && s.stage !== 'not-registered' && s.eligibility.verdict === verdict,
  )!;
const NO_INITIATIVE = cstdcs('not-eligible');
const ELIGIBLE = cstdcs('eligible');
const candidate = (s: typeof NO_INITIATIVE): Candidate => ({
  titleId: 'CSTDCS',
  id: s.subject.id,
  name: s.personName,
});

describe('eligibility warnings during setup and tally', () => {
  test('a CSTĐCS candidate with no sáng kiến is warned about, with the source of the school’s rule', () => {
    const warnings = eligibilityWarnings([candidate(NO_INITIATIVE), candidate(ELIGIBLE)], targets);
    expect([...warnings.keys()]).toEqual([keyOf(candidate(NO_INITIATIVE))]);
    const text = warningText(warnings.get(keyOf(candidate(NO_INITIATIVE)))!);
    expect(text).toContain(`${NO_INITIATIVE.personName} chưa đủ điều kiện CSTĐCS`);
    expect(text).toContain('0 sáng kiến');
    expect(text).toContain('căn cứ: Luật Thi đua, khen thưởng 2003 Điều 23');
  });

  test('without the targets sheets nothing is claimed', () => {
    expect(eligibilityWarnings([candidate(NO_INITIATIVE)], undefined).size).toBe(0);
  });

  test('a candidate shown "Đạt" in the tally who is not eligible gets a warning naming the reason', () => {
    const bad = candidate(NO_INITIATIVE);
    const good = candidate(ELIGIBLE);
    const session = type(startTally(votes61({ meeting: meeting61({ candidates: [bad, good] }) })), [
      ...Array<string>(35).fill('a'),
    ]);
    const round = sessionTally(session).rounds[0];
    expect(round.candidates.every((c) => c.status === 'passed')).toBe(true);
    const issues = passedButNotEligible(round, eligibilityWarnings([bad, good], targets));
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(new RegExp(`^${bad.name} đạt số phiếu CSTĐCS nhưng chưa đủ điều kiện`));
    expect(issues[0].source).toBe('Luật Thi đua, khen thưởng 2003 Điều 23');
  });

  test('seed 000’s plan of 10 CSTĐCS for 61 LĐTT is shown as a cap warning with NĐ 91/2017 Điều 9 khoản 3', () => {
    const caps = capWarnings(targets);
    expect(caps.map((c) => c.code)).toContain('targets.cap.cstdcs-plan');
    expect(caps.find((c) => c.code === 'targets.cap.cstdcs-plan')?.source).toBe(
      'NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (đã kiểm chứng)',
    );
  });
});

describe('the tally refuses to go on while the setup is impossible or the log is broken', () => {
  test('80 present of 61: entry blocked with the validation’s own message', () => {
    const session = startTally(votes61({ meeting: meeting61({ present: 80 }) }));
    const gate = entryGate(session, [], undefined);
    expect(gate.setup.map((i) => i.code)).toContain('vote.meeting.present-above-members');
    expect(gate.blocked).toContain('Số người có mặt (80) lớn hơn tổng số thành viên (61)');
  });

  test('a broken log blocks until confirmed; a new broken row asks again', () => {
    const broken: DomainIssue[] = [
      {
        code: 'vote.log.broken',
        severity: 'error',
        message: 'Dòng 17 đã bị sửa sau khi ghi.',
        location: { sheet: 'Nhật ký phiếu', address: 'A17' },
      },
    ];
    const session = startTally(votes61());
    const first = entryGate(session, broken, undefined);
    expect(first.mustConfirm).toBe(true);
    expect(first.blocked).toContain('Nhật ký phiếu!A17');
    const confirmed = entryGate(session, broken, first.logKey);
    expect(confirmed).toMatchObject({ blocked: null, mustConfirm: false });
    const more = [...broken, { ...broken[0], location: { sheet: 'Nhật ký phiếu', address: 'A20' } }];
    expect(entryGate(session, more, first.logKey).mustConfirm).toBe(true);
  });

  test('a sound log and a sound setup: nothing blocks', () => {
    expect(entryGate(startTally(votes61()), [], undefined)).toMatchObject({
      blocked: null,
      mustConfirm: false,
    });
  });
});
