/**
 * A cụm thi đua's workbook evaluated as a case (issue 13): its roster lists the cụm's schools, its meeting is
 * the delegates'. The vote's results stay the cụm's own (no target decision about staff or tổ), and a
 * candidate's school is checked against the roster's schools when the meeting lists none.
 */
import { evaluateCase, type SchoolCase } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample';
import { SEED_003_PROFILE } from '../../../src/domain/votes';
import { MAI, SCHOOLS, clusterBallots, clusterMeeting } from '../votes/cluster-fixtures';

function clusterCase(meeting = clusterMeeting({ units: undefined })): SchoolCase {
  const sample = sampleFullCase();
  return {
    ...sample,
    roster: {
      ...sample.roster,
      unitKind: 'school',
      teams: [{ id: 'CUM3', name: 'Cụm 3' }],
      staff: SCHOOLS.map((fullName, i) => ({
        id: `TH_${i + 1}`,
        fullName,
        roleId: sample.roster.roles[0].id,
        position: '',
        teamId: 'CUM3',
      })),
    },
    scoring: { ...sample.scoring, inputs: [] },
    targets: sample.targets && { ...sample.targets, targets: [], registrations: [], records: [] },
    votes: { profile: SEED_003_PROFILE, meeting, events: clusterBallots() },
  };
}

describe('a cụm thi đua evaluated as a case', () => {
  test('7 schools voting: no error about staff or tổ missing from the roster', () => {
    const results = evaluateCase(clusterCase());
    expect(results.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const statuses = results.votes?.rounds.flatMap((r) => r.candidates.map((c) => c.status)) ?? [];
    expect(statuses).toContain('passed');
  });

  test('a person proposed from a school outside the cụm is refused, checked against the roster', () => {
    const meeting = clusterMeeting({ units: undefined });
    meeting.candidates = meeting.candidates.map((c) =>
      c.id === MAI.id ? { ...c, unitName: 'Trường Tiểu học Ngoài Cụm' } : c,
    );
    const codes = evaluateCase(clusterCase(meeting)).issues.map((i) => i.code);
    expect(codes).toContain('vote.cluster.candidate-unit-unknown');
  });
});
