export type { SchoolCase, CaseTargets, CaseVotes } from './types';
export { evaluateCase, type CaseResults } from './evaluate';
export { voteDecisions } from './vote-decisions';
