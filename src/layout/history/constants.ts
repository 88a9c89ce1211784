/** Where things are on "Lịch sử": one row per person by mã, one column per earlier school year. */
export const LICH_SU_SHEET = 'Lịch sử';

export const HISTORY_COLUMNS = { index: 0, code: 1, name: 2, firstYear: 3 } as const;
/** 0-based row of the headers; people start on the row after it. */
export const HISTORY_HEADER_ROW = 3;

export const HISTORY_HEADERS = { index: 'STT', code: 'Mã', name: 'Họ và tên' } as const;

/** Years before the current one always shown, so a school can type in CSTĐ tỉnh's earlier CSTĐCS. */
export const HISTORY_MIN_EARLIER_YEARS = 3;

/** What a cell may say for "no title that year". */
export const NO_TITLE_WORDS = ['-', 'không'];
