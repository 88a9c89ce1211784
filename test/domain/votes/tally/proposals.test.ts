import { evaluateCase } from '../../../../src/domain/case';
import { sampleFullCase } from '../../../../src/domain/sample';
import { sortByVietnameseName } from '../../../../src/domain/text';
import { proposeCandidates } from '../../../../src/domain/votes/tally/proposals';

const schoolCase = sampleFullCase();
const results = evaluateCase(schoolCase);
const { roster } = schoolCase;

describe('candidates proposed from the results', () => {
  test('LĐTT: everyone banded HTXSNV or HTTNV on the year summary, in Vietnamese name order', () => {
    const proposal = proposeCandidates('LDTT', roster, results);
    const banded = results.scoring.people.filter((p) => p.bandId === 'HTXSNV' || p.bandId === 'HTTNV');
    const notEligible = new Set(
      results
        .targets!.people.filter((s) => s.titleId === 'LDTT' && s.eligibility.verdict === 'not-eligible')
        .map((s) => s.subject.id),
    );
    const expected = banded.filter((p) => !notEligible.has(p.personId)).map((p) => p.personId);
    expect(proposal.candidates.map((c) => c.id).sort()).toEqual([...expected].sort());
    expect(proposal.candidates.every((c) => c.titleId === 'LDTT')).toBe(true);
    expect(proposal.basis).toMatch(/^\d+ người xếp loại HTXSNV hoặc HTTNV trên bảng tổng hợp năm/);
    const names = proposal.candidates.map((c) => c.name);
    expect(names).toEqual(sortByVietnameseName(names, (n) => n));
  });

  test('CSTĐCS: exactly those the targets area finds eligible', () => {
    const proposal = proposeCandidates('CSTDCS', roster, results);
    const eligible = results
      .targets!.people.filter((s) => s.titleId === 'CSTDCS' && s.eligibility.verdict === 'eligible')
      .map((s) => s.subject.id)
      .sort();
    expect(eligible.length).toBeGreaterThan(0);
    expect(proposal.candidates.map((c) => c.id).sort()).toEqual(eligible);
    expect(proposal.basis).toBe(`${eligible.length} người đủ điều kiện CSTĐCS theo sheet Đăng ký.`);
  });

  test('without the targets sheets, CSTĐCS falls back to HTXSNV and says the initiatives were not checked', () => {
    const { targets: _targets, ...withoutTargets } = schoolCase;
    const bare = evaluateCase(withoutTargets);
    const proposal = proposeCandidates('CSTDCS', roster, bare);
    const htxs = bare.scoring.people
      .filter((p) => p.bandId === 'HTXSNV')
      .map((p) => p.personId)
      .sort();
    expect(proposal.candidates.map((c) => c.id).sort()).toEqual(htxs);
    expect(proposal.basis).toContain('chưa xét sáng kiến');
    expect(proposeCandidates('TTLDTT', roster, bare)).toEqual({
      candidates: [],
      basis:
        'Sổ chưa có sheet Chỉ tiêu và Đăng ký nên chưa xét được điều kiện TTLĐTT; hãy chọn ứng viên bằng tay.',
    });
  });
});
