export type { SchoolCase, CaseTargets, CaseVotes } from './types';
export { evaluateCase, type CaseResults } from './evaluate';
export type { SchoolCaseFile } from './file-format';
export { caseFromFile, caseToFile, type CaseFromFileOptions } from './from-file';
