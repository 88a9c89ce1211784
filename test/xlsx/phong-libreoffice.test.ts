/**
 * The Phòng's workbook (issue 13), as `thidua gather` writes it for a few schools, recalculated by LibreOffice:
 * no error cell anywhere, the live totals equal the sum of the schools' own counts, and every page is A4.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateCase } from '../../src/domain/case';
import { gatherDistrict, type SignedSummary } from '../../src/domain/phong';
import { TITLES } from '../../src/domain/titles';
import { schoolSummaryFromCase } from '../../src/layout/export-input/school-summary';
import { buildPhongWorkbook, districtPaperSettings, DISTRICT_SHEETS } from '../../src/layout/phong';
import { readXlsxFile, writeXlsxFile } from '../../src/xlsx/node-file';
import { randomSchool } from '../support/random-school';
import { convertWithLibreOffice, pdfPageBoxes, withLibreOffice } from './libreoffice';

const lo = withLibreOffice('kiểm tra sổ của Phòng bằng LibreOffice');
const ERROR_VALUE = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+|#ERR\d*)/;

describe('the Phòng workbook recalculated by LibreOffice', () => {
  let dir: string;
  const summaries: SignedSummary[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-phong-lo-'));
    for (let i = 1; i <= 6; i++) {
      const schoolCase = randomSchool(500 + i, `Trường Tiểu học Số ${i}`);
      summaries.push(schoolSummaryFromCase(schoolCase, evaluateCase(schoolCase), '2021-05-28T10:00'));
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  lo.test(
    'no error cell, totals are the sums of the schools, every page A4',
    async (office) => {
      const district = gatherDistrict(summaries.map((summary, i) => ({ fileName: `t${i}.xlsx`, summary })));
      const file = path.join(dir, 'phong.xlsx');
      await writeXlsxFile(buildPhongWorkbook(district, districtPaperSettings(district)), file);
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

      const totals = grids.sheets.find((s) => s.name === DISTRICT_SHEETS.totals)!.values;
      const rows = totals.slice(4).filter((r) => typeof r[1] === 'string');
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const titleId = Object.values(TITLES).find((t) => t.label === r[1])!.id;
        const sum = (pick: (t: SignedSummary['titles'][number]) => number) =>
          summaries.reduce(
            (n, s) => n + s.titles.filter((t) => t.titleId === titleId).reduce((m, t) => m + pick(t), 0),
            0,
          );
        expect([r[2], r[3], r[4]]).toEqual([
          sum((t) => t.registered),
          sum((t) => t.eligible),
          sum((t) => t.approved),
        ]);
      }

      convertWithLibreOffice(office, [file], 'pdf', out);
      const { pages, boxes } = pdfPageBoxes(path.join(out, 'phong.pdf'));
      expect(boxes.length).toBe(pages);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toEqual([595, 842]);
    },
    240_000,
  );
});
