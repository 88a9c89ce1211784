// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

/** Modules domain/ and layout/ may never import: they stay pure so every host and the CLI share them. */
const forbiddenInPureLayers = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'domain/ và layout/ không dùng React.',
  },
  { group: ['@fluentui/*'], message: 'domain/ và layout/ không dùng Fluent UI.' },
  { group: ['exceljs', 'hyperformula'], message: 'domain/ và layout/ không dùng ExcelJS hay HyperFormula.' },
  {
    group: ['office-*', '@microsoft/*', '@types/office-js'],
    message: 'domain/ và layout/ không dùng Office.js.',
  },
  {
    group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'util', 'url', 'stream', 'zlib'],
    message: 'domain/ và layout/ không dùng API của Node.',
  },
  {
    group: ['**/excel/*', '**/xlsx/*', '**/taskpane/*', '**/preview/*', '**/cli/*', '**/commands/*'],
    message: 'Mũi tên chỉ đi xuống: domain/ và layout/ không import tầng trên.',
  },
];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts', 'src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenInPureLayers }],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'domain/ và layout/ không dùng Office.js.' },
        { name: 'Excel', message: 'domain/ và layout/ không dùng Office.js.' },
        { name: 'process', message: 'domain/ và layout/ không dùng API của Node.' },
        { name: 'Buffer', message: 'domain/ và layout/ không dùng API của Node.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbiddenInPureLayers,
            { group: ['**/layout/*'], message: 'domain/ không import layout/.' },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  prettier,
);
