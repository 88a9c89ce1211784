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
    group: ['excel', 'xlsx', 'taskpane', 'preview', 'cli', 'commands'].flatMap((name) => [
      `**/${name}`,
      `**/${name}/**`,
    ]),
    message: 'Mũi tên chỉ đi xuống: domain/ và layout/ không import tầng trên.',
  },
];

/** Layer folders as import patterns (any depth). */
const layer = (name) => [`**/${name}`, `**/${name}/**`];
const only = (message, ...names) => ({ group: names.flatMap(layer), message });

/**
 * The house rule for every layer: arrows point down (taskpane → excel → layout → domain; cli → xlsx → layout
 * → domain). Each entry: the files, the layers they may not import, and why, in Vietnamese.
 */
const layerRules = [
  {
    files: ['src/excel/**/*.ts'],
    patterns: [
      only('excel/ là bộ chuyển Office.js: không import xlsx/ (ExcelJS).', 'xlsx'),
      only(
        'excel/ không import tầng trên (taskpane, cli, preview, commands).',
        'taskpane',
        'cli',
        'preview',
        'commands',
      ),
    ],
    // The pane's own .xlsx files (the export's bytes, the files a Phòng picks) come from xlsx/'s lazy,
    // browser-safe entry: these two are the pane's only road to it.
    ignores: ['src/excel/operations/export-workbook.ts', 'src/excel/operations/workbook-files.ts'],
  },
  {
    files: ['src/xlsx/**/*.ts'],
    patterns: [
      only('xlsx/ là bộ chuyển ExcelJS: không import excel/ (Office.js).', 'excel'),
      only(
        'xlsx/ không import tầng trên (taskpane, cli, preview, commands).',
        'taskpane',
        'cli',
        'preview',
        'commands',
      ),
    ],
  },
  {
    files: ['src/cli/**/*.ts'],
    patterns: [
      only(
        'cli/ chạy trên tệp .xlsx: không import excel/, taskpane/ hay preview/.',
        'excel',
        'taskpane',
        'preview',
      ),
    ],
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    patterns: [
      only(
        'taskpane/ đi qua excel/ (Office.js), không import xlsx/, cli/ hay preview/.',
        'xlsx',
        'cli',
        'preview',
      ),
    ],
  },
  {
    files: ['src/taskpane/state/**/*.ts', 'src/taskpane/state/**/*.tsx'],
    patterns: [
      only(
        'taskpane/state dùng chung cho mọi mục: không import xlsx/, cli/ hay preview/.',
        'xlsx',
        'cli',
        'preview',
      ),
      only('taskpane/state không import một mục (panels/): mô hình dùng chung nằm ở domain/.', 'panels'),
    ],
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
  ...layerRules.map(({ files, patterns, ignores }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  prettier,
);
