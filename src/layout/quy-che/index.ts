export * from './entries';
export { buildQuyCheSheet, renderQuyCheSection, SECTION_WIDTH, TABLE_FIRST_COLUMN } from './build';
export type {
  BuiltQuyChe,
  RenderedQuyCheSection,
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
