import { readQuyCheEntries, readQuyCheTable } from '../../../src/layout/quy-che';
import { buildScoringWorkbook, BANDS_TABLE, QUY_CHE_KEYS, ROUNDS_TABLE } from '../../../src/layout/scoring';
import { evaluateWorkbook } from '../../support/hyperformula';
import { config, constants, inputs, school, sheetNamed } from './helpers';

const { spec, map } = buildScoringWorkbook(school, config, [], {
  extraQuyCheSections: [
    {
      title: 'Bỏ phiếu',
      entries: [
        { key: 'vote.threshold.LDTT', label: 'Tỉ lệ đồng ý LĐTT (%)', value: 70, name: 'TD_NguongLDTT' },
      ],
    },
  ],
});
const values = constants(spec);

test('school, total points and levels are settings read back by key; other areas’ sections follow', () => {
  const entries = readQuyCheEntries(values['Quy chế']);
  expect(entries.get(QUY_CHE_KEYS.schoolName)).toBe('Trường Tiểu học Bình Hòa 2');
  expect(entries.get(QUY_CHE_KEYS.totalPoints)).toBe(100);
  expect(entries.get(QUY_CHE_KEYS.levels)).toBe('Tự đánh giá, Tổ đánh giá, Hội đồng đánh giá');
  expect(entries.get(QUY_CHE_KEYS.yearStart)).toBe(44075); // 01/09/2020 as an Excel date
  expect(entries.get('vote.threshold.LDTT')).toBe(70);
  expect(spec.names.map((n) => n.name)).toEqual(expect.arrayContaining(['TD_TongDiem', 'TD_NguongLDTT']));
});

test('rounds and bands are tables with their dates, weights, minima and floors flag', () => {
  const rounds = readQuyCheTable(values['Quy chế'], map.quyChe.tables[ROUNDS_TABLE]);
  expect([...rounds.values()]).toEqual([
    ['dot-1', 'Đợt 1', 44075, 44211, 1, 'Không'],
    ['dot-2', 'Đợt 2', 44214, 44344, 2, 'Không'],
  ]);
  const bands = readQuyCheTable(values['Quy chế'], map.quyChe.tables[BANDS_TABLE]);
  expect([...bands.values()].map((b) => [b[0], b[2], b[3]])).toEqual([
    ['HTXSNV', 90, 'Có'],
    ['HTTNV', 70, 'Không'],
    ['HTNV', 50, 'Không'],
    ['KHTNV', 0, 'Không'],
  ]);
});

test('"Tiêu chí" shows each role’s applicable maximum: 100 for every built-in role', () => {
  const evaluated = evaluateWorkbook(spec);
  const rows = evaluated['Tiêu chí'].filter((row) => school.roles.some((role) => role.label === row[1]));
  expect(rows.map((row) => [row[1], row[3]])).toEqual(school.roles.map((role) => [role.label, 100]));
});

/** Excel's error values (band colours such as "#C6EFCE" also start with "#"). */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|CYCLE!|SPILL!|CALC!)/;

test('no cell of a built workbook evaluates to an error', () => {
  const evaluated = evaluateWorkbook(buildScoringWorkbook(school, config, inputs).spec);
  const errors = Object.entries(evaluated).flatMap(([sheet, rows]) =>
    rows.flatMap((row, r) =>
      row.flatMap((v, c) =>
        typeof v === 'string' && ERROR_VALUE.test(v) ? [`${sheet}!${r},${c}:${v}`] : [],
      ),
    ),
  );
  expect(errors).toEqual([]);
  expect(sheetNamed(spec, 'Quy chế').protect).toBe(true);
});
