import type { Strings } from './vi';

/** English, second language, chosen when Office's display language is not Vietnamese. */
export const en: Strings = {
  appTitle: 'Thi Đua',
  appSubtitle: 'School emulation and commendation',
  nav: {
    template: 'Build sheet',
    scores: 'Scores',
    meeting: 'Voting',
    targets: 'Targets',
    export: 'Export',
    phong: 'District',
  },
  navHint: 'Use the arrow keys to move between sections.',
  loadingPanel: 'Opening the section…',
  switchLanguage: 'Tiếng Việt',
  switchLanguageLabel: 'Chuyển ngăn tác vụ sang tiếng Việt',
  common: {
    working: 'Working…',
    done: 'Done.',
    close: 'Close',
    cancel: 'Cancel',
    retry: 'Retry',
    save: 'Save',
    add: 'Add',
    remove: 'Remove',
    refresh: 'Recalculate',
    goToCell: 'Go to cell',
    none: 'None',
    yes: 'Yes',
    no: 'No',
  },
  errors: {
    title: 'Something went wrong',
    unknown: 'An unknown error occurred. Try again; if it persists, save the file and reopen Excel.',
    unsupportedHost:
      'This version of Excel does not support ExcelApi 1.9, which Thi Đua needs. Use Excel for Microsoft 365, Excel 2021/2024 or Excel on the web.',
    details: 'Technical details',
  },
  progress: {
    reading: 'Reading the workbook…',
    recalculating: 'Recalculating…',
    restoring: 'Restoring formulas…',
    building: 'Building the sheets…',
  },
  overwritten: {
    title: (n: number) => `${n} formula cell(s) typed over`,
    intro:
      'These cells hold typed values instead of Thi Đua formulas, so they no longer follow the scores and votes.',
    cell: (sheet: string, address: string) => `${sheet}!${address}`,
    cellLabel: (sheet: string, address: string) => `Go to sheet "${sheet}", cell ${address}`,
    typed: (value: string, formula: string) => `holds ${value}, formula was: ${formula}`,
    showAll: (n: number) => `Show all ${n} cells`,
    showFewer: 'Show fewer',
    restore: 'Restore formulas',
  },
};
