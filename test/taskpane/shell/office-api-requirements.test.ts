import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, officeApiUses, type ApiUse } from './office-api-usage';

const root = path.join(__dirname, '..', '..', '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
/** The ExcelApi version the manifest asks for: every host that loads the add-in has at least this. */
const MANIFEST_EXCEL_API = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)![1];

/** "ExcelApi 1.2 for options; 1.7 for password" needs 1.7 for everything. */
function excelVersion(use: ApiUse): string | undefined {
  if (!use.set.startsWith('ExcelApi ')) return undefined;
  const versions = use.set.match(/\d+\.\d+/g) ?? [];
  return versions.sort(compareVersions).at(-1);
}

describe('Office.js requirement sets of what the add-in calls', () => {
  // The TypeScript checker over src/excel, src/commands and src/projector takes a few seconds.
  jest.setTimeout(120000);
  const uses = officeApiUses(root, ['src/excel', 'src/commands', 'src/projector']);

  test('every Excel and Office member used is listed with its requirement set', () => {
    const listed = new Map<string, string>();
    for (const use of uses) listed.set(use.member, use.set || '(Common API)');
    const lines = [...listed].sort(([a], [b]) => a.localeCompare(b)).map(([m, s]) => `${m}: ${s}`);
    // The list itself, for the reviewer and for anyone raising the manifest's minimum.
    console.log(
      `Office.js members used (${lines.length}), manifest ExcelApi ${MANIFEST_EXCEL_API}:\n${lines.join('\n')}`,
    );
    expect(lines.length).toBeGreaterThan(20);
    expect(listed.get('Excel.Range.values')).toBe('ExcelApi 1.1');
  });

  test(`nothing above the manifest's ExcelApi ${'1.9'} is called without an isSetSupported check and a fallback`, () => {
    expect(MANIFEST_EXCEL_API).toBe('1.9');
    const unguarded = uses
      .filter((use) => {
        const version = excelVersion(use);
        if (!version || compareVersions(version, MANIFEST_EXCEL_API) <= 0) return false;
        return !use.guardedBy || compareVersions(use.guardedBy, version) < 0;
      })
      .map(
        (use) =>
          `${use.file}:${use.line} ${use.member} needs ${use.set}${use.guardedBy ? `, checked only for ${use.guardedBy}` : ''}`,
      );
    expect(unguarded).toEqual([]);
  });

  test('the check itself catches an unguarded call above 1.9 (a worked example)', () => {
    const dir = fs.mkdtempSync(path.join(root, 'test', 'taskpane', 'shell', 'tmp-api-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'late.ts'),
        [
          'export function late(context: Excel.RequestContext) {',
          '  return context.workbook.worksheets.getActiveWorksheet().comments;',
          '}',
          "import { isExcelApiSupported } from '../../../../src/excel/requirements';",
          'export function guarded(context: Excel.RequestContext) {',
          "  if (!isExcelApiSupported('1.10')) return undefined;",
          '  return context.workbook.worksheets.getActiveWorksheet().comments;',
          '}',
        ].join('\n'),
      );
      const found = officeApiUses(root, [path.relative(root, dir)]).filter(
        (u) => u.member === 'Excel.Worksheet.comments',
      );
      expect(found.map((u) => [u.set, u.guardedBy])).toEqual([
        ['ExcelApi 1.10', undefined],
        ['ExcelApi 1.10', '1.10'],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
