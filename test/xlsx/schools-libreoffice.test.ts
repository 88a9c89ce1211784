/**
 * A Phòng's workbook of schools (issue 13) recalculated by LibreOffice: "Danh sách trường" shuffled as
 * Excel sorts rows, three schools not scored yet; after recalculation no cell shows an error, and every
 * school's total, band and ranks overall, within its cấp học and within its cụm, and every cụm's figures,
 * are the engine's. And the Phòng's report, made by the pane's road (case workbook, read back), prints on A4.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mulberry32, samplePhongCase } from '../../src/domain/sample';
import { evaluateScoring } from '../../src/domain/scoring';
import { buildScoringWorkbook, readScoringResults, readScoringWorkbook } from '../../src/layout/scoring';
import { STAFF_FIRST_ROW } from '../../src/layout/scoring/staff-sheet';
import { readXlsxFile } from '../../src/xlsx/node-file';
import { permuteRows, shownOnYearSummary, writtenWorkbook } from '../parity/scoring-rows';
import { evaluateCase } from '../../src/domain/case';
import { buildExportWorkbook, exportDocumentsFor } from '../../src/layout/export';
import { exportInputFromCase } from '../../src/layout/export-input';
import { buildCaseWorkbook, readCaseWorkbook } from '../../src/layout/workbook';
import { writeXlsxFile } from '../../src/xlsx/node-file';
import { evaluateWorkbook } from '../support/hyperformula';
import { convertWithLibreOffice, pdfPageBoxes, withLibreOffice } from './libreoffice';

const lo = withLibreOffice('kiểm tra sổ chấm điểm các trường bằng LibreOffice');
const ERROR_VALUE = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+|#ERR\d*)/;

lo.test(
  '30 schools, the list shuffled, 3 not scored: no error cell, every figure and rank as the engine has it',
  async (office) => {
    const { roster, config, scores: all } = samplePhongCase({ seed: 7 });
    const skipped = new Set(['MN02', 'TH05', 'THCS08']);
    const scores = all.filter((s) => !skipped.has(s.personId));
    const built = buildScoringWorkbook(roster, config, scores);
    const workbook = writtenWorkbook(built.spec);
    const random = mulberry32(99);
    const order = Array.from({ length: roster.staff.length }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    permuteRows(workbook.getWorksheet(built.map.sheets.staff)!, STAFF_FIRST_ROW + 1, order, 7);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-schools-lo-'));
    try {
      const file = path.join(dir, 'phong.xlsx');
      await workbook.xlsx.writeFile(file);
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      convertWithLibreOffice(office, [file], 'xlsx', out);
      const grids = await readXlsxFile(path.join(out, 'phong.xlsx'));
      const errors = grids.sheets.flatMap((s) =>
        s.values.flatMap((row, r) =>
          row.flatMap((v, c) =>
            typeof v === 'string' && ERROR_VALUE.test(v) ? [`${s.name}!R${r + 1}C${c + 1}: ${v}`] : [],
          ),
        ),
      );
      expect(errors).toEqual([]);
      const values = Object.fromEntries(grids.sheets.map((sheet) => [sheet.name, sheet.values]));

      const read = readScoringWorkbook(values);
      expect(read.issues).toEqual([]);
      expect(read.roster.unitKind).toBe('school');
      const sheet = readScoringResults(values, read.map);
      expect(sheet.issues).toEqual([]);
      const engine = evaluateScoring(roster, config, scores);
      // A formula whose result LibreOffice saved as 0 reads back as null through the xlsx reader (see
      // scoring-libreoffice.test.ts): the count of blank criteria is left out.
      const figures = (p: (typeof sheet.people)[number]) => {
        const { missingCount: _blank, ...rest } = p;
        return rest;
      };
      // The list was read back in its shuffled order: compared school by school.
      const byId = <T extends { personId: string }>(rows: T[]) =>
        Object.fromEntries(rows.map((row) => [row.personId, row]));
      expect(byId(sheet.people.map(figures))).toEqual(
        byId(
          engine.people.map((p) => {
            const { missingCount: _blank, ...rest } = shownOnYearSummary(p);
            return { ...rest, rankInRole: p.status === 'unscored' ? null : p.rankInRole };
          }),
        ),
      );
      expect(sheet.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank])).toEqual(
        engine.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank]),
      );
      // The three not scored show no rank; each cấp học still has its first place.
      const unscored = sheet.people.filter((p) => skipped.has(p.personId));
      expect(unscored.map((p) => [p.rankOverall, p.rankInRole, p.rankInTeam])).toEqual([
        [null, null, null],
        [null, null, null],
        [null, null, null],
      ]);
      expect(sheet.people.filter((p) => p.rankInRole === 1).length).toBeGreaterThanOrEqual(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);

lo.test(
  "the Phòng's report, made as the pane makes it (case workbook read back), prints on A4",
  async (office) => {
    const { roster, config, scores } = samplePhongCase();
    const built = buildCaseWorkbook({ roster, scoring: { config, inputs: scores } });
    const read = readCaseWorkbook(evaluateWorkbook(built.spec));
    if ('missing' in read) throw new Error('Phòng workbook not readable');
    expect(read.schoolCase.roster.unitKind).toBe('school');
    const input = exportInputFromCase(read, evaluateCase(read.schoolCase), { date: '2021-05-28' });
    expect(input.signer).toEqual({ title: 'TRƯỞNG PHÒNG', fullName: 'Trần Văn Minh' });
    expect(input.machineSummary).toBeUndefined();
    const kind = read.schoolCase.roster.unitKind ?? 'staff';
    const spec = buildExportWorkbook(
      input,
      exportDocumentsFor(kind).map((d) => d.id),
    );
    expect(spec.sheets.map((s) => s.name)).toEqual(['Kết quả chấm điểm các trường']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-schools-pdf-'));
    try {
      const xlsx = path.join(dir, 'bao-cao.xlsx');
      await writeXlsxFile(spec, xlsx);
      convertWithLibreOffice(office, [xlsx], 'pdf', dir);
      const { pages, boxes } = pdfPageBoxes(path.join(dir, 'bao-cao.pdf'));
      expect(boxes.length).toBe(pages);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toEqual([595, 842]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);
