/** Questions asked of a title history, and merging two of them (a typed one and a carried one). */
import type { TitleId } from '../titles';
import { TITLE_IDS } from '../titles';
import type { TitleHistory, TitleHistoryEntry } from './types';

/** The years (first calendar year) in which the person had the title, oldest first. */
export function yearsWithTitle(history: TitleHistory, personId: string, titleId: TitleId): number[] {
  return history
    .filter((e) => e.personId === personId && e.titles.includes(titleId))
    .map((e) => e.year)
    .sort((a, b) => a - b);
}

/** Every school year the history speaks of, oldest first. */
export function historyYears(history: TitleHistory): number[] {
  return [...new Set(history.map((e) => e.year))].sort((a, b) => a - b);
}

function entryKey(personId: string, year: number): string {
  return `${personId}\u0000${year}`;
}

/**
 * One entry per person and year holding every title either history gives (a title is never dropped by a
 * merge); an entry keeps the location of the first history that had it.
 */
export function mergeHistories(...histories: TitleHistory[]): TitleHistory {
  const merged = new Map<string, TitleHistoryEntry>();
  for (const history of histories) {
    for (const entry of history) {
      const key = entryKey(entry.personId, entry.year);
      const known = merged.get(key);
      const titles = new Set([...(known?.titles ?? []), ...entry.titles]);
      merged.set(key, {
        ...(known ?? entry),
        titles: TITLE_IDS.filter((id) => titles.has(id)),
      });
    }
  }
  return [...merged.values()];
}
