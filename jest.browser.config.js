/** Browser tests: the preview page in Debian's Chromium, driven by playwright-core. Run by scripts/test.js. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  globalSetup: '<rootDir>/test/browser/support/global-setup.js',
  globalTeardown: '<rootDir>/test/browser/support/global-teardown.js',
  testTimeout: 120000,
};
