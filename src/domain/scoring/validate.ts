/**
 * Every check scoring makes, in the order a user would fix them: settings, staff list, scores (the score
 * table first when there is one, then the list of inputs). evaluateScoring reports the same issues.
 */
import type { DomainIssue } from '../issues';
import type { SchoolRoster } from '../school/types';
import { unitKindOf } from '../school/units';
import type { ScoreInput, ScoreTable, ScoringConfig } from './types';
import { validateScoringConfig } from './validate-config';
import { validateScoreInputs } from './validate-inputs';
import { validateRoster } from './validate-roster';

export function validateScoring(
  roster: SchoolRoster,
  config: ScoringConfig,
  inputs: readonly ScoreInput[],
  table?: ScoreTable,
): DomainIssue[] {
  return [
    ...validateScoringConfig(config, roster.roles, unitKindOf(roster)),
    ...validateRoster(roster),
    ...validateScoreInputs(roster, config, inputs, table),
  ];
}
