import { caseFromFile, caseToFile, type SchoolCaseFile } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample';

/** The sample school's case file for the year given, with no target profile named. */
function fileFor(yearStart: string, yearEnd: string): SchoolCaseFile {
  const file = caseToFile(sampleFullCase());
  if (!file.targets) throw new Error('the sample school has targets');
  const { profileId: _named, ...targets } = file.targets;
  return { ...file, school: { ...file.school, yearStart, yearEnd }, targets };
}

describe('a case file that names no target profile', () => {
  it('2020-2021 is judged under the 2003 law and NĐ 91/2017', () => {
    const { schoolCase, issues } = caseFromFile(fileFor('2020-09-05', '2021-05-31'));
    expect(schoolCase?.targets?.profile.id).toBe('luat-2003');
    expect(schoolCase?.targets?.profile.label).toContain('NĐ 91/2017');
    expect(issues.map((i) => i.code)).not.toContain('targets.profile.year-straddles');
  });

  it('2025-2026 is judged under the 2022 law', () => {
    const { schoolCase, issues } = caseFromFile(fileFor('2025-09-05', '2026-05-31'));
    expect(schoolCase?.targets?.profile.id).toBe('luat-2022');
    expect(issues).toEqual([]);
  });

  it('2023-2024 straddles the change on 01/01/2024 and says so', () => {
    const { schoolCase, issues } = caseFromFile(fileFor('2023-09-05', '2024-05-31'));
    expect(schoolCase?.targets?.profile.id).toBe('luat-2022');
    const straddle = issues.find((i) => i.code === 'targets.profile.year-straddles');
    expect(straddle?.severity).toBe('warning');
    expect(straddle?.message).toContain('01/01/2024');
  });

  it('a profile the file names is kept whatever the year', () => {
    const file = fileFor('2020-09-05', '2021-05-31');
    const { schoolCase, issues } = caseFromFile({
      ...file,
      targets: { ...file.targets, profileId: 'luat-2022' },
    });
    expect(schoolCase?.targets?.profile.id).toBe('luat-2022');
    expect(issues).toEqual([]);
  });
});
