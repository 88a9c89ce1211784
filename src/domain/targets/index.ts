/** Chỉ tiêu, đăng ký, eligibility, collective titles and flags (issue 5). */
export * from './types';
export type { TargetsInput } from './input';
export * from './profiles';
export { seed000Targets, SEED_000_QUY_CHE } from './seed000';
export { evaluateTargets } from './evaluate';
export { statusOf, stageAtLeast } from './status';
export type { StatusInput } from './status';
export { preferWomenOnTie, shortlistWithinCap } from './prefer-women';
export { withinCap, capMaximum } from './caps';
export * from './labels';
export { subjectKey, subjectTitleKey, teamLabel } from './subjects';
export { defaultTargetProfileFor } from './default-profile';
export { RULES, RULE_IDS, RULE_STATUS_TEXT, effectiveText } from './rules';
export { tieRuleFor, preferWomenUnitsOnTie, mostlyWomen } from './prefer-women';
