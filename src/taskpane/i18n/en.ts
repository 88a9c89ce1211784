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
};
