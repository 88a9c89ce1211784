import { evaluateCase } from '../../../src/domain/case';
import {
  gatherDistrict,
  keptForDistrict,
  signSummary,
  summaryIntact,
  type GatheredFile,
  type SignedSummary,
} from '../../../src/domain/phong';
import { schoolSummaryFromCase } from '../../../src/layout/export-input/school-summary';
import { randomSchool } from '../../support/random-school';

function summaryOf(seed: number, name?: string, exportedAt = '2021-05-28T10:00'): SignedSummary {
  const schoolCase = randomSchool(seed, name);
  return schoolSummaryFromCase(schoolCase, evaluateCase(schoolCase), exportedAt);
}

const file = (fileName: string, summary: SignedSummary): GatheredFile => ({ fileName, summary });

describe('a Phòng gathers its schools', () => {
  const a = summaryOf(1, 'Trường Tiểu học An Bình');
  const b = summaryOf(2, 'Trường Tiểu học Bình Hòa 2');

  it('three schools: district totals are the sums of the schools, lists hold every proposal', () => {
    const c = summaryOf(3, 'Trường Tiểu học Châu Thành');
    const district = gatherDistrict([file('a.xlsx', a), file('b.xlsx', b), file('c.xlsx', c)]);
    expect(district.schools.map((s) => s.summary.school.name)).toEqual([
      'Trường Tiểu học An Bình',
      'Trường Tiểu học Bình Hòa 2',
      'Trường Tiểu học Châu Thành',
    ]);
    const cstdcs = district.totals.find((t) => t.titleId === 'CSTDCS')!;
    const listed = [a, b, c].reduce(
      (n, s) => n + s.proposals.filter((p) => p.titleId === 'CSTDCS').length,
      0,
    );
    expect(cstdcs.listed).toBe(listed);
    expect(district.lists.CSTDCS).toHaveLength(listed);
    expect(cstdcs.registered).toBe(
      [a, b, c].reduce((n, s) => n + (s.titles.find((t) => t.titleId === 'CSTDCS')?.registered ?? 0), 0),
    );
  });

  it('a number changed after export: the check value no longer matches, the file is named', () => {
    const edited: SignedSummary = {
      ...a,
      titles: a.titles.map((t) => ({ ...t, registered: t.registered + 1 })),
    };
    expect(summaryIntact(a)).toBe(true);
    expect(summaryIntact(edited)).toBe(false);
    const district = gatherDistrict([file('sua-tay.xlsx', edited), file('b.xlsx', b)]);
    const issue = district.issues.find((i) => i.code === 'phong.edited-after-export');
    expect(issue?.fileName).toBe('sua-tay.xlsx');
  });

  it('kept for the district: per-person results let go, an edited file still named, the totals unchanged', () => {
    const edited: SignedSummary = { ...a, school: { ...a.school, staffCount: a.school.staffCount + 1 } };
    const kept = [file('sua-tay.xlsx', edited), file('b.xlsx', b)].map(keptForDistrict);
    expect(b.results.length).toBeGreaterThan(0);
    expect(kept.map((k) => k.summary?.results)).toEqual([[], []]);
    expect(kept.map((k) => k.intact)).toEqual([false, true]);
    const district = gatherDistrict(kept);
    expect(
      district.issues.filter((i) => i.code === 'phong.edited-after-export').map((i) => i.fileName),
    ).toEqual(['sua-tay.xlsx']);
    expect(district.totals).toEqual(gatherDistrict([file('sua-tay.xlsx', edited), file('b.xlsx', b)]).totals);
  });

  it('two files for one school: the later export counts, the earlier file is named', () => {
    const later = summaryOf(1, 'Trường Tiểu học An Bình', '2021-05-29T08:00');
    const district = gatherDistrict([file('an-binh-cu.xlsx', a), file('an-binh-moi.xlsx', later)]);
    expect(district.schools.map((s) => s.fileName)).toEqual(['an-binh-moi.xlsx']);
    expect(district.issues.find((i) => i.code === 'phong.duplicate-school')?.fileName).toBe(
      'an-binh-cu.xlsx',
    );
  });

  it('a file of another year and one for another Phòng are left out and named; an unreadable file does not stop the others', () => {
    const otherYear = signSummary({ ...b, school: { ...b.school, schoolYear: '2019-2020' } });
    const otherPhong = signSummary({
      ...summaryOf(4, 'Trường Tiểu học Định Hòa'),
      school: {
        ...summaryOf(4).school,
        name: 'Trường Tiểu học Định Hòa',
        parentBody: 'Phòng GD&ĐT huyện Khác',
      },
    });
    const district = gatherDistrict(
      [
        file('a.xlsx', a),
        file('cu.xlsx', otherYear),
        file('khac.xlsx', otherPhong),
        { fileName: 'hong.xlsx', problem: 'tệp hỏng.' },
      ],
      { schoolYear: a.school.schoolYear, phongName: a.school.parentBody },
    );
    expect(district.schools.map((s) => s.fileName)).toEqual(['a.xlsx']);
    const byCode = Object.fromEntries(district.issues.map((i) => [i.code, i.fileName]));
    expect(byCode['phong.other-year']).toBe('cu.xlsx');
    expect(byCode['phong.other-phong']).toBe('khac.xlsx');
    expect(byCode['phong.file-unreadable']).toBe('hong.xlsx');
  });

  it('a missing school, a late file, a school over its CSTĐCS cap, totals that disagree with the lists', () => {
    const capped = signSummary({
      ...b,
      caps: [
        { titleId: 'CSTDCS', ofTitleId: 'LDTT', percent: 15, source: 'NĐ 91/2017/NĐ-CP Điều 9 khoản 3' },
      ],
      proposals: [
        ...b.proposals.filter((p) => p.titleId !== 'LDTT'),
        ...b.proposals.filter((p) => p.titleId === 'CSTDCS').map((p) => ({ ...p, titleId: 'LDTT' as const })),
      ],
      titles: b.titles.map((t) => (t.titleId === 'CSTDCS' ? { ...t, approved: t.approved + 5 } : t)),
    });
    const district = gatherDistrict([file('a.xlsx', a), file('b.xlsx', capped)], {
      deadline: '2021-05-27',
      expectedSchools: ['Trường Tiểu học An Bình', 'Trường Tiểu học Bình Hòa 2', 'Trường THCS Chu Văn An'],
    });
    const codes = district.issues.map((i) => i.code);
    expect(codes).toContain('phong.school-missing');
    expect(district.issues.find((i) => i.code === 'phong.school-missing')?.message).toMatch(/Chu Văn An/);
    expect(codes.filter((c) => c === 'phong.late')).toHaveLength(2);
    const cap = district.issues.find((i) => i.code === 'phong.over-cap');
    expect(cap?.source).toBe('NĐ 91/2017/NĐ-CP Điều 9 khoản 3');
    expect(district.issues.find((i) => i.code === 'phong.totals-disagree')?.fileName).toBe('b.xlsx');
  });

  it('one person proposed by two schools is flagged; namesakes with different birth dates are not', () => {
    const person = a.proposals.find((p) => p.titleId === 'CSTDCS')!;
    const twice = signSummary({ ...b, proposals: [...b.proposals, { ...person }] });
    expect(gatherDistrict([file('a.xlsx', a), file('b.xlsx', twice)]).issues.map((i) => i.code)).toContain(
      'phong.proposed-twice',
    );
    const namesake = signSummary({
      ...b,
      proposals: [...b.proposals, { ...person, birthDate: '1970-01-01' }],
    });
    const withBirth = signSummary({
      ...a,
      proposals: a.proposals.map((p) => (p === person ? { ...p, birthDate: '1980-02-02' } : p)),
    });
    expect(
      gatherDistrict([file('a.xlsx', withBirth), file('b.xlsx', namesake)]).issues.map((i) => i.code),
    ).not.toContain('phong.proposed-twice');
  });
});
