/** Which people the panel lists: one tổ or all, a name search, only those with something to do. */
import { matchesSearch } from './search';
import type { PersonSummary } from './summary';

export interface ScoresFilter {
  /** A tổ id, or '' for every tổ. */
  teamId: string;
  query: string;
  /** Only people with a blank criterion or a wrong score. */
  onlyOpen: boolean;
  sort: 'roster' | 'rank';
}

export const NO_FILTER: ScoresFilter = { teamId: '', query: '', onlyOpen: false, sort: 'roster' };

export function filterPeople(people: readonly PersonSummary[], filter: ScoresFilter): PersonSummary[] {
  const shown = people.filter(
    (person) =>
      (filter.teamId === '' || person.teamId === filter.teamId) &&
      (filter.query.trim() === '' || matchesSearch(person.searchKey, filter.query)) &&
      (!filter.onlyOpen || person.missing.length > 0 || person.problems.length > 0),
  );
  if (filter.sort === 'rank') {
    // Ties keep the list order, as they share the rank.
    return shown
      .map((person, index) => ({ person, index }))
      .sort((a, b) => a.person.rankOverall - b.person.rankOverall || a.index - b.index)
      .map(({ person }) => person);
  }
  return shown;
}
