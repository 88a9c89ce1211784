import type { SchoolRoster } from '../school/types';
import { defaultScoringConfig, seed000Rounds } from '../scoring/default-config';
import type { ScoreInput, ScoringConfig } from '../scoring/types';
import { sampleRoster } from './roster';
import { sampleScores, type SampleScoreOptions } from './scores';

/** Everything the CLI demo, the preview and the tests load as "the sample school". */
export interface SampleSchoolCase {
  roster: SchoolRoster;
  config: ScoringConfig;
  scores: ScoreInput[];
}

/** Seed 000's school with the built-in criteria, its two rounds and seeded scores. */
export function sampleSchoolCase(options: SampleScoreOptions = {}): SampleSchoolCase {
  const roster = sampleRoster();
  const config = defaultScoringConfig(seed000Rounds());
  return { roster, config, scores: sampleScores(roster, config, options) };
}
