export { HISTORY_COLUMNS, HISTORY_HEADER_ROW, LICH_SU_SHEET } from './constants';
export { buildHistorySheet, historyColumns, type HistoryLayout, type HistorySheetInput } from './build';
export { readHistorySheet, type HistoryReadResult } from './read';
