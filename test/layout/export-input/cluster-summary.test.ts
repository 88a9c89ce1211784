/**
 * The "Tóm tắt" of a cụm thi đua's export (issue 13): a school voted Cờ thi đua is one school of the roster,
 * with its hiệu trưởng and its cụm, not the whole workbook (every school of the cụm counted as its members);
 * a teacher proposed by the cụm is named with her school.
 */
import { evaluateCase } from '../../../src/domain/case';
import { samplePhongCase } from '../../../src/domain/sample';
import { SEED_003_PROFILE } from '../../../src/domain/votes';
import { schoolSummaryFromCase } from '../../../src/layout/export-input/school-summary';
import { clusterBallots, clusterMeeting, TRUONG_A } from '../../domain/votes/cluster-fixtures';

function clusterOfSchools() {
  const sample = samplePhongCase();
  // Trường A of the meeting is a school of the roster, found by its mã.
  const school = { ...sample.roster.staff[0], id: TRUONG_A.id, fullName: TRUONG_A.name };
  const roster = { ...sample.roster, staff: [school, ...sample.roster.staff.slice(1)] };
  const schoolCase = {
    roster,
    scoring: { config: sample.config, inputs: sample.scores },
    votes: { profile: SEED_003_PROFILE, meeting: clusterMeeting(), events: clusterBallots() },
  };
  return { schoolCase, school };
}

describe('the Tóm tắt of a cụm whose roster lists schools', () => {
  const { schoolCase, school } = clusterOfSchools();
  const summary = schoolSummaryFromCase(schoolCase, evaluateCase(schoolCase), '2021-05-28T10:00');
  const team = schoolCase.roster.teams.find((t) => t.id === school.teamId)!;

  it('the leading school is that school: its hiệu trưởng, its cụm, no member count of the whole list', () => {
    const leader = summary.proposals.find((p) => p.titleId === 'CO_THI_DUA');
    expect(leader).toMatchObject({
      code: school.id,
      fullName: school.fullName,
      position: school.position,
      teamName: team.name,
      agree: 14,
      base: 15,
    });
    expect(leader?.memberCount).toBeUndefined();
  });

  it('the teacher the cụm proposes is named with her school', () => {
    const mai = summary.proposals.find((p) => p.titleId === 'CSTDCS');
    expect(mai).toMatchObject({ code: 'C_GV07', fullName: 'Nguyễn Thị Mai', teamName: 'Trường Tiểu học C' });
  });
});
