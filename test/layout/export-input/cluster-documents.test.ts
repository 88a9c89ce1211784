/**
 * What a cụm thi đua's workbook offers to send up (issue 13): the cụm's biên bản, its biên bản kiểm phiếu and
 * the lists of the titles its delegates voted on. Not the school's "Tổng hợp kết quả" (a cụm has no Chỉ tiêu)
 * nor empty lists of titles nobody stood for, whose "Chưa có dữ liệu" notes only confuse the cụm trưởng.
 */
import { evaluateCase } from '../../../src/domain/case';
import { sampleFullCase, samplePhongCase } from '../../../src/domain/sample';
import { SEED_003_PROFILE } from '../../../src/domain/votes';
import { exportDocumentsForCase, exportInputFromCase } from '../../../src/layout/export-input';
import { clusterBallots, clusterMeeting } from '../../domain/votes/cluster-fixtures';
import { direct, SETTINGS } from './fixtures';

function clusterCase() {
  const schoolCase = sampleFullCase();
  schoolCase.votes = { ...schoolCase.votes!, meeting: clusterMeeting(), events: clusterBallots() };
  return schoolCase;
}

describe('the papers a cụm thi đua sends up', () => {
  it('a cụm that voted Cờ thi đua and CSTĐCS: its biên bản, biên bản kiểm phiếu and the CSTĐCS list', () => {
    const papers = exportDocumentsForCase(clusterCase());
    expect(papers.map((d) => d.id)).toEqual(['proposal:CSTDCS', 'meeting-minutes', 'ballot-count']);
    expect(papers.find((d) => d.id === 'meeting-minutes')?.label).toBe('Biên bản họp cụm thi đua');
  });

  it('a cụm whose roster lists schools prints the same papers, not the Phòng’s report', () => {
    const sample = samplePhongCase();
    const cum = {
      roster: sample.roster,
      scoring: { config: sample.config, inputs: sample.scores },
      votes: { profile: SEED_003_PROFILE, meeting: clusterMeeting(), events: clusterBallots() },
    };
    expect(exportDocumentsForCase(cum).map((d) => d.id)).toEqual([
      'proposal:CSTDCS',
      'meeting-minutes',
      'ballot-count',
    ]);
  });

  it('a school still offers every paper; a Phòng its report on the schools', () => {
    expect(exportDocumentsForCase(sampleFullCase()).map((d) => d.id)).toEqual([
      'summary',
      'proposal:LDTT',
      'proposal:CSTDCS',
      'proposal:CSTD_TINH',
      'proposal:TTLDTT',
      'proposal:TTLDXS',
      'meeting-minutes',
      'ballot-count',
    ]);
    const sample = samplePhongCase();
    const phong = { roster: sample.roster, scoring: { config: sample.config, inputs: sample.scores } };
    expect(exportDocumentsForCase(phong).map((d) => d.id)).toEqual(['schools-report']);
  });

  it('a cụm without Chỉ tiêu is not told to build one', () => {
    const schoolCase = clusterCase();
    delete schoolCase.targets;
    const { read } = direct(schoolCase);
    const input = exportInputFromCase(read, evaluateCase(schoolCase), SETTINGS);
    expect(input.incompleteness.join(' ')).not.toContain('Chỉ tiêu');
  });
});
