/**
 * Lịch sử danh hiệu: every person's titles in earlier school years, by mã. Multi-year conditions (CSTĐ
 * tỉnh needs CSTĐCS in each of the years before) read it; a new year carries the last one's titles into it,
 * and a school types in the years it has only on paper.
 */
import type { CellLocation } from '../issues';
import type { TitleId } from '../titles';

/** One person's titles in one earlier school year. */
export interface TitleHistoryEntry {
  /** Mã cán bộ: the entry belongs to whoever carries this key, never to a name or a row. */
  personId: string;
  /** The school year by its first calendar year: 2019 means 2019-2020. */
  year: number;
  /** Individual titles recognised that year (LĐTT, CSTĐCS, CSTĐ tỉnh…), in TITLE_IDS order. */
  titles: TitleId[];
  /** The cell it was read from, so a message about it leads there. */
  location?: CellLocation;
}

/** The whole history of a school, in no particular order; at most one entry per person and year. */
export type TitleHistory = TitleHistoryEntry[];
