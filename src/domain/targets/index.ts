/** Chỉ tiêu, đăng ký, eligibility, collective titles and flags (issue 5). */
export * from './types';
export type { TargetsInput } from './input';
export * from './profiles';
export { SOURCES } from './sources';
export { seed000Targets } from './seed000';
export { evaluateTargets } from './evaluate';
export { statusOf, stageAtLeast, isAchieved } from './status';
export type { StatusInput, StatusResult } from './status';
export { checkPersonEligibility, personLabel, verdictOf } from './eligibility';
export { checkUnitEligibility, shareReaches } from './collective';
export { preferWomenOnTie, shortlistWithinCap } from './prefer-women';
export type { Shortlist } from './prefer-women';
export { withinCap, capMaximum } from './caps';
export { outcomeOf } from './target-status';
export * from './labels';
export { completeMonthsThrough } from './dates';
export { subjectKey, subjectTitleKey, SCHOOL, teamLabel } from './subjects';
