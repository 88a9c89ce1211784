/**
 * Where LibreOffice is installed, the exported papers are converted to PDF and every page must be A4
 * (595 × 842 points, portrait or landscape). Without LibreOffice the test says so and is skipped, except
 * under CI, where it fails (test/xlsx/libreoffice.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateCase } from '../../src/domain/case';
import { sampleFullCase } from '../../src/domain/sample';
import { buildExportWorkbook, EXPORT_DOCUMENTS } from '../../src/layout/export';
import { exportInputFromCase } from '../../src/layout/export-input';
import { buildCaseWorkbook, readCaseWorkbook } from '../../src/layout/workbook';
import { writeXlsxFile } from '../../src/xlsx/node-file';
import { evaluateWorkbook } from '../support/hyperformula';
import { convertWithLibreOffice, pdfPageBoxes, withLibreOffice } from './libreoffice';

const lo = withLibreOffice('kiểm tra in A4 qua PDF');

lo.test(
  'every exported page prints on A4',
  async (office) => {
    const schoolCase = sampleFullCase();
    const read = readCaseWorkbook(evaluateWorkbook(buildCaseWorkbook(schoolCase).spec));
    if ('missing' in read) throw new Error('sample workbook not readable');
    const input = exportInputFromCase(read, evaluateCase(read.schoolCase), { date: '2021-05-28' });
    const spec = buildExportWorkbook(
      input,
      EXPORT_DOCUMENTS.map((d) => d.id),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pdf-'));
    const xlsx = path.join(dir, 'gui-phong.xlsx');
    await writeXlsxFile(spec, xlsx);
    convertWithLibreOffice(office, [xlsx], 'pdf', dir);
    const { pages, boxes } = pdfPageBoxes(path.join(dir, 'gui-phong.pdf'));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(boxes.length).toBe(pages);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  },
  180000,
);
