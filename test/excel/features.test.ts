import {
  createFakeExcelHost,
  installFakeOfficeGlobals,
  type FakeExcelHost,
} from '../../src/preview/fake-excel';
import { insertChart, openWorkbookFromBase64, writeWorkbookSpec } from '../../src/excel';
import { OWNER_MARKER_PREFIX } from '../../src/layout/owner-markers';
import { generateSchool } from './school-spec';

/** 12 people × 5 criteria: small enough to look at every feature cell by cell. */
const school = generateSchool(12, 5);
let host: FakeExcelHost;

beforeAll(async () => {
  host = createFakeExcelHost();
  await writeWorkbookSpec(host.createContext() as unknown as Excel.RequestContext, school.spec);
});

describe('every formatting feature of the sheet contract reaches Excel', () => {
  test('title merged across the table and styled; header bold on a fill, wrapped, bordered', () => {
    expect(host.inspect.merges('Đợt 1')).toEqual(['A1:L1']);
    const title = host.inspect.cell('Đợt 1', 'A1');
    expect(title.format).toMatchObject({ bold: true, fontSize: 14, horizontalAlignment: 'Center' });
    const header = host.inspect.cell('Đợt 1', 'B2');
    expect(header.format).toMatchObject({
      bold: true,
      fill: '#D9E1F2',
      wrapText: true,
      fontName: 'Times New Roman',
    });
    expect(header.format).toMatchObject({ topStyle: 'Continuous', leftStyle: 'Continuous' });
  });

  test('scores: unlocked on a protected sheet, "0.00", blue; totals stay locked', () => {
    expect(host.inspect.protection('Đợt 1').protected).toBe(true);
    expect(host.inspect.protection('Tổng hợp').protected).toBe(false);
    const score = host.inspect.cell('Đợt 1', 'D3');
    expect(score).toMatchObject({ locked: false, editable: true, numberFormat: '0.00' });
    expect(score.format.fontColor).toBe('#1F4E78');
    expect(host.inspect.isCellEditable('Đợt 1', 'I3')).toBe(false);
    expect(host.userEdit('Đợt 1', 'I3', '100').ok).toBe(false);
  });

  test('a score outside 0–2 is refused with the Vietnamese message', () => {
    const [validation] = host.inspect.validations('Đợt 1');
    expect(validation.ranges).toEqual(['D3:H14']);
    expect(validation.rule).toEqual({ decimal: { operator: 'Between', formula1: 0, formula2: 2 } });
    expect(validation.errorAlert).toMatchObject({
      showAlert: true,
      message: 'Điểm mỗi tiêu chí từ 0 đến 2.',
    });
    expect(host.userEdit('Đợt 1', 'D3', '3').ok).toBe(false);
    expect(host.userEdit('Đợt 1', 'D3', '1.5').ok).toBe(true);
  });

  test('"HTXSNV" is coloured by a cell-equals rule', () => {
    const [format] = host.inspect.conditionalFormats('Đợt 1');
    expect(format).toMatchObject({ ranges: ['J3:J14'], type: 'CellValue' });
    expect(format.rule).toMatchObject({ formula1: '="HTXSNV"', operator: 'EqualTo' });
    expect(format.format).toMatchObject({ fill: '#C6EFCE', fontColor: '#006100' });
  });

  test('column widths in points, two rows and three columns frozen, tab colour', () => {
    expect(host.inspect.columnWidth('Đợt 1', 'A')).toBe(30);
    expect(host.inspect.columnWidth('Đợt 1', 'B')).toBe(160);
    expect(host.inspect.columnWidth('Đợt 1', 'L')).toBe(150);
    expect(host.inspect.freeze('Đợt 1')).toEqual({ rows: 2, columns: 3 });
    expect(host.inspect.sheet('Đợt 1').tabColor).toBe('#2F75B5');
  });

  test('page setup: A4 landscape, margins from inches to points, one page wide, header row on every page', () => {
    const layout = host.inspect.pageLayout('Đợt 1');
    expect(layout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      topMargin: 54,
      leftMargin: 36,
    });
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(layout.printTitleRows).toMatch(/\$2:\$2$/);
  });

  test('TD_TongDiem is a visible workbook name; each sheet carries a hidden owner marker', () => {
    const names = host.inspect.names();
    expect(names.find((n) => n.name === 'TD_TongDiem')?.formula).toBe("='Đợt 1'!$I$3:$I$14");
    const markers = names.filter((n) => n.name.startsWith(OWNER_MARKER_PREFIX)).map((n) => n.formula);
    expect(markers).toEqual(["='Đợt 1'!$A$1", "='Tổng hợp'!$A$1"]);
  });
});

describe('charts and new workbooks', () => {
  test('a column chart of the per-tổ means costs one sync', async () => {
    host.stats.reset();
    await insertChart(host.createContext() as unknown as Excel.RequestContext, {
      sheet: 'Tổng hợp',
      type: 'ColumnClustered',
      source: 'A1:B9',
      title: 'Điểm bình quân theo tổ',
      name: 'BieuDoTo',
      topLeft: 'D2',
      bottomRight: 'K18',
    });
    expect(host.stats.syncCount()).toBe(1);
    expect(host.inspect.charts('Tổng hợp')).toEqual([
      expect.objectContaining({ name: 'BieuDoTo', type: 'ColumnClustered', title: 'Điểm bình quân theo tổ' }),
    ]);
  });

  describe('openWorkbookFromBase64', () => {
    const globals = globalThis as unknown as Record<string, unknown>;
    afterEach(() => {
      delete globals.Excel;
      delete globals.Office;
      delete globals.OfficeExtension;
    });

    test('opens the export as a new workbook where ExcelApi 1.8 exists', async () => {
      installFakeOfficeGlobals(host, { supportedApiVersion: '1.9' });
      await openWorkbookFromBase64('UEsDBBQ=');
      expect(host.createdWorkbooks).toContain('UEsDBBQ=');
    });

    test('says in Vietnamese to download the file where it does not', async () => {
      installFakeOfficeGlobals(host, { supportedApiVersion: '1.7' });
      await expect(openWorkbookFromBase64('UEsDBBQ=')).rejects.toThrow(/cần ExcelApi 1\.8.*tải tệp \.xlsx/);
    });

    test('outside Office there is nothing to open with', async () => {
      await expect(openWorkbookFromBase64('UEsDBBQ=')).rejects.toThrow(/ExcelApi 1\.8/);
    });
  });
});
