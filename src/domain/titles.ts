/**
 * Danh hiệu thi đua (titles) and hình thức khen thưởng (forms of award) are separate things (DOMAIN.md §2);
 * both can be targets. Ids are ASCII for code; labels are what users read.
 */

export type TitleId = 'LDTT' | 'CSTDCS' | 'CSTD_TINH' | 'CSTD_TOAN_QUOC' | 'TTLDTT' | 'TTLDXS' | 'CO_THI_DUA';

export type TitleScope = 'individual' | 'collective';

export interface TitleDefinition {
  id: TitleId;
  label: string;
  shortLabel: string;
  scope: TitleScope;
}

export const TITLES: Record<TitleId, TitleDefinition> = {
  LDTT: { id: 'LDTT', label: 'Lao động tiên tiến', shortLabel: 'LĐTT', scope: 'individual' },
  CSTDCS: { id: 'CSTDCS', label: 'Chiến sĩ thi đua cơ sở', shortLabel: 'CSTĐCS', scope: 'individual' },
  CSTD_TINH: {
    id: 'CSTD_TINH',
    label: 'Chiến sĩ thi đua cấp tỉnh',
    shortLabel: 'CSTĐ tỉnh',
    scope: 'individual',
  },
  CSTD_TOAN_QUOC: {
    id: 'CSTD_TOAN_QUOC',
    label: 'Chiến sĩ thi đua toàn quốc',
    shortLabel: 'CSTĐ toàn quốc',
    scope: 'individual',
  },
  TTLDTT: {
    id: 'TTLDTT',
    label: 'Tập thể lao động tiên tiến',
    shortLabel: 'TTLĐTT',
    scope: 'collective',
  },
  TTLDXS: {
    id: 'TTLDXS',
    label: 'Tập thể lao động xuất sắc',
    shortLabel: 'TTLĐXS',
    scope: 'collective',
  },
  CO_THI_DUA: { id: 'CO_THI_DUA', label: 'Cờ thi đua', shortLabel: 'Cờ thi đua', scope: 'collective' },
};

export const TITLE_IDS = Object.keys(TITLES) as TitleId[];

export function isTitleId(value: string): value is TitleId {
  return Object.prototype.hasOwnProperty.call(TITLES, value);
}

/** Xếp loại of a civil servant, best first. */
export type PerformanceRating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

export const PERFORMANCE_RATINGS: Record<PerformanceRating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

export const RATING_ORDER: PerformanceRating[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

/** True when `rating` is `atLeast` or better. */
export function ratingAtLeast(rating: PerformanceRating, atLeast: PerformanceRating): boolean {
  return RATING_ORDER.indexOf(rating) <= RATING_ORDER.indexOf(atLeast);
}
