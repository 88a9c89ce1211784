/**
 * The same identity check in a real spreadsheet program: the sample school's workbook, "Danh sách" sorted
 * by name and every round sheet and summary in reverse order (ExcelJS, as Excel sorts), recalculated and
 * saved by LibreOffice, holds every person's and tổ's figures as the engine has them. Without LibreOffice
 * the test says so and is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleSchoolCase } from '../../src/domain/sample';
import { evaluateScoring } from '../../src/domain/scoring';
import { buildScoringWorkbook, readScoringResults } from '../../src/layout/scoring';
import { SCORE_ROWS } from '../../src/layout/scoring/score-sheet';
import { STAFF_FIRST_ROW } from '../../src/layout/scoring/staff-sheet';
import { YEAR_ROWS } from '../../src/layout/scoring/year-summary-sheet';
import { TEAM_ROWS } from '../../src/layout/scoring/team-summary-sheet';
import { readXlsxFile } from '../../src/xlsx/node-file';
import { permuteRows, shownOnYearSummary, writtenWorkbook } from './scoring-rows';

function findLibreOffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

const office = findLibreOffice();
if (!office) console.info('Bỏ qua kiểm tra sắp xếp qua LibreOffice: máy này không có LibreOffice.');
const maybe = office ? it : it.skip;

maybe(
  'sorted with ExcelJS, recalculated by LibreOffice: every figure as the engine has it',
  async () => {
    const sample = sampleSchoolCase();
    const { roster, config, scores } = sample;
    const built = buildScoringWorkbook(roster, config, scores);
    const workbook = writtenWorkbook(built.spec);
    const n = roster.staff.length;
    const byName = [...roster.staff.keys()].sort((a, b) =>
      roster.staff[a].fullName.localeCompare(roster.staff[b].fullName, 'vi'),
    );
    const reversed = (count: number) => Array.from({ length: count }, (_, i) => count - 1 - i);
    const sort = (sheet: string, first: number, order: number[], width: number) => {
      const found = workbook.getWorksheet(sheet);
      if (!found) throw new Error(`no sheet ${sheet}`);
      permuteRows(found, first + 1, order, width);
    };
    sort(built.map.sheets.staff, STAFF_FIRST_ROW, byName, 10);
    for (const sheet of built.map.scoreSheets)
      sort(sheet.sheetName, SCORE_ROWS.firstData, reversed(n), sheet.columns.scoredCount + 1);
    sort(
      built.map.sheets.yearSummary,
      YEAR_ROWS.firstData,
      reversed(n),
      built.map.yearSummary.columns.status + 1,
    );
    sort(built.map.sheets.teamSummary, TEAM_ROWS.firstData, reversed(roster.teams.length), 6);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-sort-'));
    const out = path.join(dir, 'out');
    const file = path.join(dir, 'thi-dua.xlsx');
    await workbook.xlsx.writeFile(file);
    execFileSync(office as string, ['--headless', '--convert-to', 'xlsx', '--outdir', out, file], {
      timeout: 120000,
      env: { ...process.env, HOME: dir },
    });
    const grids = await readXlsxFile(path.join(out, 'thi-dua.xlsx'));
    fs.rmSync(dir, { recursive: true, force: true });
    const values = Object.fromEntries(grids.sheets.map((sheet) => [sheet.name, sheet.values]));

    const engine = evaluateScoring(roster, config, scores);
    const sheet = readScoringResults(values, built.map);
    expect(sheet.issues).toEqual([]);
    // A formula whose cached result LibreOffice saved as 0 reads back as null through the xlsx reader (a
    // reader matter, not a sorting one): the count of blank criteria, 0 for everyone here, is left out.
    expect(sheet.people.map(({ missingCount: _blank, ...rest }) => rest)).toEqual(
      engine.people.map((p) => {
        const { missingCount: _engineBlank, ...rest } = shownOnYearSummary(p);
        return rest;
      }),
    );
    expect(sheet.teams).toEqual(
      engine.teams.map((t) => ({ teamId: t.teamId, memberCount: t.memberCount, mean: t.mean, rank: t.rank })),
    );
  },
  180000,
);
