export * from './entries';
export { buildQuyCheSheet, TABLE_FIRST_COLUMN } from './build';
export type {
  BuiltQuyChe,
  QuyCheBlock,
  QuyCheLayout,
  QuyCheTable,
  QuyCheTableColumn,
  QuyCheTableLayout,
} from './build';
export {
  findQuyCheTable,
  isQuyCheKey,
  locateQuyCheEntries,
  readQuyCheEntries,
  readQuyCheTable,
} from './read';
export type { FoundQuyCheTable, QuyCheEntryCell } from './read';
