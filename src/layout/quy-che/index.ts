export * from './entries';
export { buildQuyCheSheet, renderQuyCheSection, SECTION_WIDTH } from './build';
export type { BuiltQuyChe, QuyCheBlock } from './build';
export { isQuyCheKey, locateQuyCheEntries, readQuyCheEntries, readQuyCheTable } from './read';
