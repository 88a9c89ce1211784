/** What the task pane does to the workbook, each in a fixed, small number of syncs. */
export { readAllSheets } from './read-workbook';
export { writeCaseWorkbook } from './write-case';
export { goToCell } from './go-to-cell';
