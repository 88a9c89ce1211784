import { evaluateScoring } from '../../../src/domain/scoring';
import { buildScoringWorkbook, readScoringResults } from '../../../src/layout/scoring';
import { evaluateWorkbook } from '../../support/hyperformula';
import { config, inputs, school } from './helpers';

const { spec, map } = buildScoringWorkbook(school, config, inputs);
const values = evaluateWorkbook(spec);

test('totals, bands, ranks and tổ figures read back from the summaries', () => {
  const read = readScoringResults(values, map);
  const domain = evaluateScoring(school, config, inputs);
  expect(read.issues).toEqual([]);
  expect(read.people.map((p) => [p.personId, p.yearTotal, p.bandId, p.rankOverall, p.rankInTeam])).toEqual(
    domain.people.map((p) =>
      // Nothing typed yet (GV02, GV03): the sheet shows no total, band or rank.
      p.status === 'unscored'
        ? [p.personId, null, null, null, null]
        : [p.personId, p.yearTotal, p.bandId, p.rankOverall, p.rankInTeam],
    ),
  );
  expect(read.people.map((p) => p.status)).toEqual(domain.people.map((p) => p.status));
  expect(read.people.map((p) => p.status)).toEqual(['partial', 'unscored', 'partial', 'unscored']);
  expect(read.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank])).toEqual([
    ['to-1', 1, domain.teams[0].mean, domain.teams[0].rank],
    ['to-2', 2, domain.teams[1].mean, domain.teams[1].rank],
    ['to-vp', 1, domain.teams[2].mean, domain.teams[2].rank],
  ]);
});

test('a cell showing an Excel error becomes an issue naming the cell and the person', () => {
  const broken = structuredClone(values);
  const row = map.yearSummary.rows.NV01;
  broken['Tổng hợp năm'][row][map.yearSummary.columns.yearTotal] = '#VALUE!';
  const read = readScoringResults(broken, map);
  expect(read.people.find((p) => p.personId === 'NV01')?.yearTotal).toBeNull();
  expect(read.issues).toEqual([
    {
      code: 'sheet.formula-error',
      severity: 'error',
      message:
        'Ô K7 trang "Tổng hợp năm" (Trần Thị Cúc (mã NV01), điểm năm) báo lỗi #VALUE!. Hãy kiểm tra các ô điểm và trang Quy chế, hoặc tạo lại mẫu nếu công thức đã bị sửa.',
      location: { sheet: 'Tổng hợp năm', address: 'K7' },
    },
  ]);
});

test('missing summary sheets are reported', () => {
  const read = readScoringResults({}, map);
  expect(read.issues.map((i) => i.code)).toEqual(['sheet.missing', 'sheet.missing']);
  expect(read.issues[0].message).toContain('"Tổng hợp năm"');
  expect(read.issues[1].message).toContain('"Tổng hợp tổ"');
});
