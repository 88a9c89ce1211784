/** Bình xét: rule profiles, the ballot log, the live tally, the keyboard model and the minutes' figures. */
export * from './types';
export * from './profiles';
export * from './exact';
export * from './percent';
export * from './meeting';
export * from './counting';
export * from './log-state';
export * from './ballot-log';
export * from './manual-count';
export * from './written-votes';
export * from './tally';
export * from './rounds';
export * from './profile-change';
export * from './keys';
export * from './minutes';
