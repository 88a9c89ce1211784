export { sampleRoster, sampleStaffCode, SAMPLE_SCHOOL_INFO } from './roster';
export { SAMPLE_TEAMS } from './roster-data';
export { sampleScores, maxDeductionEvents, DEFAULT_SAMPLE_SEED, type SampleScoreOptions } from './scores';
export { sampleSchoolCase, type SampleSchoolCase } from './case';
export { mulberry32, type Random } from './prng';
export { sampleFullCase } from './full-case';
