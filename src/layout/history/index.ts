export { LICH_SU_SHEET } from './constants';
export { buildHistorySheet, type HistoryLayout } from './build';
export { readHistorySheet } from './read';
