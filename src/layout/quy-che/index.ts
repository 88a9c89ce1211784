export * from './entries';
export { buildQuyCheSheet } from './build';
export type {
  BuiltQuyChe,
  QuyCheBlock,
  QuyCheLayout,
  QuyCheTable,
  QuyCheTableColumn,
  QuyCheTableLayout,
} from './build';
export { isQuyCheKey, readQuyCheEntries, readQuyCheTable } from './read';
