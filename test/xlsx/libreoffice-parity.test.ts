/**
 * LibreOffice as an independent spreadsheet: the workbooks `thidua new` writes (buildCaseWorkbook +
 * writeXlsxFile, as src/cli/commands/write-workbook.ts does) for the sample school and for seeded random
 * schools are recalculated by LibreOffice headless (xlsx → xlsx, "recalculate on load: always"), read back,
 * and must give the engine's answers: every total, band, rank (overall and in the tổ), tổ mean, vote count
 * and target result, through the layout's own read-back maps; every formula cell the same value HyperFormula
 * computes; and no error cell anywhere. A cached result written wrong on purpose proves LibreOffice really
 * recalculated.
 */
import { shownOnYearSummary } from '../parity/scoring-rows';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import { evaluateCase, type CaseResults, type SchoolCase } from '../../src/domain/case';
import { sampleFullCase } from '../../src/domain/sample';
import { OUTCOME_LABELS } from '../../src/domain/targets';
import { cellAddress } from '../../src/layout/a1';
import { isFormulaCell, type CellValue, type WorkbookSpec } from '../../src/layout/grid';
import { ownerMarkerNames } from '../../src/layout/owner-markers';
import { readScoringResults } from '../../src/layout/scoring';
import { TARGET_COLUMNS } from '../../src/layout/targets';
import { compareLogWithCounts } from '../../src/layout/votes';
import { buildCaseWorkbook, type CaseWorkbook } from '../../src/layout/workbook';
import { readWorkbookBuffer } from '../../src/xlsx';
import { readXlsxFile, writeXlsxFile } from '../../src/xlsx/node-file';
import { syntheticSchool } from '../bench/support/synthetic-school';
import { evaluateWorkbook } from '../support/hyperformula';
import { convertWithLibreOffice, withLibreOffice } from './libreoffice';

const lo = withLibreOffice('đối chiếu công thức với LibreOffice');

interface Written {
  stem: string;
  schoolCase: SchoolCase;
  built: CaseWorkbook;
  spec: WorkbookSpec;
  results: CaseResults;
}

/** The workbook exactly as `thidua new` writes it. */
async function writeAsThiduaNew(dir: string, stem: string, schoolCase: SchoolCase): Promise<Written> {
  const built = buildCaseWorkbook(schoolCase);
  const sheetNames = built.spec.sheets.map((s) => s.name);
  const spec = { ...built.spec, names: [...built.spec.names, ...ownerMarkerNames(sheetNames)] };
  await writeXlsxFile(spec, path.join(dir, `${stem}.xlsx`));
  return { stem, schoolCase, built, spec, results: evaluateCase(schoolCase) };
}

const ERROR_VALUE = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+|#ERR\d*)/;

function errorCells(values: Record<string, CellValue[][]>): string[] {
  const found: string[] = [];
  for (const [sheet, grid] of Object.entries(values)) {
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === 'string' && ERROR_VALUE.test(value))
          found.push(`${sheet}!${cellAddress(r, c)} ${value}`);
      }),
    );
  }
  return found;
}

function expectScoringParity({ built, results }: Written, values: Record<string, CellValue[][]>): void {
  const sheet = readScoringResults(values, built.scoring);
  expect(sheet.issues).toEqual([]);
  expect(sheet.people).toEqual(results.scoring.people.map(shownOnYearSummary));
  expect(sheet.teams).toEqual(
    results.scoring.teams.map((t) => ({
      teamId: t.teamId,
      memberCount: t.memberCount,
      mean: t.mean,
      rank: t.rank,
    })),
  );
}

function expectVoteParity({ built, schoolCase }: Written, values: Record<string, CellValue[][]>): void {
  const votes = built.votes;
  const caseVotes = schoolCase.votes;
  if (!votes || !caseVotes) return;
  const issues = compareLogWithCounts(
    values[votes.log.sheetName],
    values[votes.count.sheetName],
    votes.count,
    caseVotes.profile,
    caseVotes.meeting,
    { logSheetName: votes.log.sheetName, logCapacity: votes.log.capacity },
  );
  expect(issues).toEqual([]);
}

function expectTargetParity({ built, results }: Written, values: Record<string, CellValue[][]>): void {
  const part = built.targets;
  const evaluation = results.targets;
  if (!part || !evaluation) return;
  const grid = values[part.sheets.find((s) => s.name.startsWith('Chỉ tiêu'))?.name ?? ''];
  expect(grid).toBeDefined();
  const c = TARGET_COLUMNS;
  for (const t of evaluation.targets) {
    const row = part.targetsLayout.rows.get(t.target.id);
    expect(row).toBeDefined();
    const at = (col: number) => grid[row as number]?.[col] ?? null;
    const where = t.target.id;
    // An empty result of a union / organisation target means "not entered", counted as 0 like the domain.
    const manual = t.target.kind === 'union' || t.target.kind === 'organisationRating';
    expect([where, manual ? (at(c.result) ?? 0) : at(c.result)]).toEqual([where, t.result]);
    expect([where, at(c.gap)]).toEqual([where, t.gap]);
    expect([where, at(c.status)]).toEqual([where, OUTCOME_LABELS[t.status]]);
  }
}

/** Every formula cell: LibreOffice's value is HyperFormula's (numbers to 9 decimals). */
function expectSameAsHyperFormula({ spec }: Written, values: Record<string, CellValue[][]>): void {
  const engine = evaluateWorkbook(spec);
  const differences: string[] = [];
  for (const sheet of spec.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell)) return;
        const ours = values[sheet.name]?.[r]?.[c] ?? null;
        const theirs = engine[sheet.name]?.[r]?.[c] ?? null;
        const same =
          typeof ours === 'number' && typeof theirs === 'number'
            ? Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs))
            : (ours ?? '') === (theirs ?? '');
        if (!same)
          differences.push(`${sheet.name}!${cellAddress(r, c)}: LibreOffice ${ours}, HyperFormula ${theirs}`);
      }),
    );
  }
  expect(differences.slice(0, 20)).toEqual([]);
}

let dir: string;
let outDir: string;
let written: Written[] = [];
/** The sample's first person's first-round total, its cached result set wrong before LibreOffice opens it. */
let planted: { sheet: string; row: number; col: number; wrong: number } | undefined;

beforeAll(async () => {
  if (!lo.office) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-lo-'));
  outDir = path.join(dir, 'lo');
  fs.mkdirSync(outDir);
  written = [
    await writeAsThiduaNew(dir, 'truong-mau', sampleFullCase()),
    await writeAsThiduaNew(dir, 'ngau-nhien-9', syntheticSchool(9)),
    await writeAsThiduaNew(dir, 'ngau-nhien-23', syntheticSchool(23)),
    await writeAsThiduaNew(dir, 'ngau-nhien-40', syntheticSchool(40)),
  ];
  // A copy of the sample with one wrong cached result and no "compute on load" flag (ExcelJS drops it).
  const sample = written[0];
  const score = sample.built.scoring.scoreSheets[0];
  const person = sample.results.scoring.people[0].personId;
  planted = { sheet: score.sheetName, row: score.rows[person], col: score.columns.total, wrong: 987654 };
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, 'truong-mau.xlsx'));
  const cell = book.getWorksheet(planted.sheet)!.getCell(planted.row + 1, planted.col + 1);
  cell.value = { formula: cell.formula, result: planted.wrong, date1904: false };
  await book.xlsx.writeFile(path.join(dir, 'ket-qua-sai.xlsx'));

  convertWithLibreOffice(
    lo.office,
    [...written.map((w) => path.join(dir, `${w.stem}.xlsx`)), path.join(dir, 'ket-qua-sai.xlsx')],
    'xlsx',
    outDir,
  );
}, 900_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function recalculated(stem: string): Promise<Record<string, CellValue[][]>> {
  const grids = await readXlsxFile(path.join(outDir, `${stem}.xlsx`));
  return Object.fromEntries(grids.sheets.map((s) => [s.name, s.values]));
}

describe.each(['truong-mau', 'ngau-nhien-9', 'ngau-nhien-23', 'ngau-nhien-40'])(
  'the workbook `thidua new` writes for %s, recalculated by LibreOffice',
  (stem) => {
    const find = () => written.find((w) => w.stem === stem) as Written;

    lo.test(
      'has no error cell anywhere',
      async () => {
        expect(errorCells(await recalculated(stem))).toEqual([]);
      },
      120_000,
    );

    lo.test(
      'gives the engine’s totals, bands, ranks (overall and in the tổ) and tổ means',
      async () => {
        expectScoringParity(find(), await recalculated(stem));
      },
      120_000,
    );

    lo.test(
      'gives the engine’s vote counts and target results (where the school has them)',
      async () => {
        const values = await recalculated(stem);
        expectVoteParity(find(), values);
        expectTargetParity(find(), values);
      },
      120_000,
    );

    lo.test(
      'computes every formula cell as HyperFormula does',
      async () => {
        expectSameAsHyperFormula(find(), await recalculated(stem));
      },
      120_000,
    );
  },
);

lo.test(
  'LibreOffice really recalculates: a cached result written wrong comes back right',
  async () => {
    if (!planted) throw new Error('the sample was not prepared');
    const before = await readWorkbookBuffer(fs.readFileSync(path.join(dir, 'ket-qua-sai.xlsx')));
    const wrongSheet = before.sheets.find((s) => s.name === planted?.sheet);
    expect(wrongSheet?.values[planted.row][planted.col]).toBe(planted.wrong);
    const after = await recalculated('ket-qua-sai');
    const person = written[0].results.scoring.people[0];
    const total = person.rounds[0].total;
    expect(after[planted.sheet][planted.row][planted.col]).toBe(total);
    expect(total).not.toBe(planted.wrong);
  },
  120_000,
);

lo.test(
  'what LibreOffice saves reads as ExcelJS reads it, except the formula results 0 and "" ExcelJS loses',
  async () => {
    const file = path.join(outDir, 'truong-mau.xlsx');
    const streamed = await readXlsxFile(file);
    const inMemory = await readWorkbookBuffer(fs.readFileSync(file));
    expect(streamed.names).toEqual(inMemory.names);
    const kept: string[] = [];
    const other: string[] = [];
    streamed.sheets.forEach((sheet, i) => {
      const theirs = inMemory.sheets[i];
      expect(sheet.name).toBe(theirs.name);
      expect(sheet.formulas).toEqual(theirs.formulas);
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const their = theirs.values[r]?.[c] ?? null;
          if (value === their) return;
          const where = `${sheet.name}!${cellAddress(r, c)}`;
          // ExcelJS's in-memory reader drops a cached 0 or "" of a formula; the cell does hold it.
          if (their === null && sheet.formulas[r][c] !== null && (value === 0 || value === ''))
            kept.push(where);
          else other.push(`${where}: ${String(value)} / ${String(their)}`);
        }),
      );
    });
    expect(other).toEqual([]);
    expect(kept.length).toBeGreaterThan(0);
  },
  120_000,
);
