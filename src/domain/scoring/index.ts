export * from './types';
export { defaultScoringConfig, seed000Rounds } from './default-config';
export { evaluateScoring, scorePeriod, scoreTeams, weightedYearTotal } from './evaluate';
export type { EvaluateScoringOptions } from './evaluate';
export {
  applicableCriteria,
  applicableMax,
  criterionApplies,
  criterionScore,
  orderedLevels,
  pickLevel,
} from './criteria';
export { bandFor } from './bands';
export { competitionRanks, groupedCompetitionRanks } from './ranks';
export { atLeast, excelRound, greaterThan, nearlyEqual, round2 } from './numeric';
export { checkScoreValue, readRawScore, scoreValueFine } from './score-values';
export type { RawCellValue, ScoreContext } from './score-values';
export { scoreContextText, validateScoreInputs } from './validate-inputs';
export { validateRoster } from './validate-roster';
export { keyMatch, keyProblem } from './keys';
export type { KeyKind } from './keys';
export { validateScoringConfig } from './validate-config';
export { validateScoring } from './validate';
export {
  LEVEL_LABELS,
  describeCriterion,
  describeLevel,
  describePeriod,
  describePerson,
  formatScore,
} from './describe';
export { InputIndex, periodKey } from './input-index';
export { scoreInputsFromTable, scoreTableFromInputs } from './score-table';
export type { LevelValues, PeriodValues } from './input-index';
