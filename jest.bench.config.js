/** Benchmarks (npm run bench): sync counts, payloads and times; not part of npm test. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/bench'],
  testMatch: ['**/*.bench.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testTimeout: 600000,
};
