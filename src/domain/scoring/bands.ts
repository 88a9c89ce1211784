/**
 * Xếp loại from the year total (DOMAIN.md §4): the first band, highest first, whose minimum the total
 * reaches and, when the band requires floors, whose floors were met in every round; a total below every
 * minimum gets the lowest band.
 */
import { atLeast } from './numeric';
import type { Band } from './types';

export function bandFor(bands: readonly Band[], yearTotal: number, floorsMet: boolean): Band | null {
  if (bands.length === 0) return null;
  for (const band of bands.slice(0, -1)) {
    if (atLeast(yearTotal, band.min) && (!band.requiresFloors || floorsMet)) return band;
  }
  return bands[bands.length - 1];
}
