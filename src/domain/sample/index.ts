export { sampleRoster, SAMPLE_SCHOOL_INFO } from './roster';
export { sampleScores, maxDeductionEvents } from './scores';
export { sampleSchoolCase } from './case';
export { mulberry32 } from './prng';
export { sampleFullCase } from './full-case';
export { samplePhongCase } from './phong';
