import { filterPeople, NO_FILTER } from '../../../src/taskpane/panels/scores/filter';
import { searchKey } from '../../../src/taskpane/panels/scores/search';
import type { PersonSummary } from '../../../src/taskpane/panels/scores/summary';

function person(id: string, fullName: string, teamId: string, rank: number, missing = 0): PersonSummary {
  return {
    personId: id,
    fullName,
    teamId,
    teamName: teamId,
    roleLabel: 'Giáo viên',
    yearTotal: 100 - rank,
    bandId: 'HTTNV',
    bandLabel: 'Hoàn thành tốt nhiệm vụ',
    rankOverall: rank,
    rankInTeam: 1,
    rankInRole: null,
    floorsMet: true,
    rounds: [],
    progress: 'complete',
    periods: [],
    missing: Array.from({ length: missing }, (_, i) => ({
      periodLabel: 'Đợt 1',
      criterionId: `${i}`,
      criterionLabel: '',
    })),
    problems: [],
    levelUse: { self: 0, team: 0, council: 0, none: missing },
    searchKey: searchKey(`${fullName} ${id}`),
  };
}

const people = [
  person('A', 'Nguyễn Văn An', 'to-1', 3),
  person('B', 'Lê Thị Bình', 'to-2', 1, 2),
  person('C', 'Trần Văn Cường', 'to-1', 1),
];

describe('which people are listed', () => {
  test('one tổ', () => {
    expect(filterPeople(people, { ...NO_FILTER, teamId: 'to-1' }).map((p) => p.personId)).toEqual(['A', 'C']);
  });

  test('only those with something still to do', () => {
    expect(filterPeople(people, { ...NO_FILTER, onlyOpen: true }).map((p) => p.personId)).toEqual(['B']);
  });

  test('by rank, ties keep the list order (1, 1, 3)', () => {
    expect(filterPeople(people, { ...NO_FILTER, sort: 'rank' }).map((p) => p.personId)).toEqual([
      'B',
      'C',
      'A',
    ]);
  });

  test('search and tổ together', () => {
    expect(
      filterPeople(people, { ...NO_FILTER, teamId: 'to-1', query: 'cuong' }).map((p) => p.personId),
    ).toEqual(['C']);
  });
});
