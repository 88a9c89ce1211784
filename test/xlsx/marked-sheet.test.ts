/**
 * Reading one sheet found by its first cell (the Phòng reads only the "Tóm tắt" of each of up to 3,000
 * schools' exports): the other sheets are never inflated, so a huge or even corrupt sheet beside the summary
 * costs nothing and breaks nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { type Cell, type SheetSpec, valueCell, type WorkbookSpec } from '../../src/layout/grid';
import { writeXlsxFile } from '../../src/xlsx/node-file';
import { gridsFromZipBytes, markedSheetFromZipBytes } from '../../src/xlsx/stream-read';
import { zipEntries } from '../../src/xlsx/zip-entries';

const MARKER = 'thidua-tom-tat';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-marked-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summarySheet = (name: string): SheetSpec => ({
  name,
  cells: [
    [valueCell(MARKER), valueCell(1), valueCell('Trang này để Phòng GD&ĐT đọc bằng máy: xin đừng sửa.')],
    [],
    [valueCell('TRUONG')],
    [valueCell('Tên trường'), valueCell('Trường Tiểu học Hòa Lợi – điểm lẻ số 2')],
  ],
});

/** 20,000 rows of distinct text and numbers: several MB of sheet XML. */
const hugeSheet = (name: string): SheetSpec => ({
  name,
  cells: Array.from({ length: 20_000 }, (_, r): Cell[] => [
    valueCell(`Nguyễn Văn Người thứ ${r}`),
    valueCell(r * 1.5),
    valueCell(`Tổ ${r % 97}`),
  ]),
});

async function written(spec: WorkbookSpec, file: string): Promise<Buffer> {
  const path = join(dir, file);
  await writeXlsxFile(spec, path);
  return readFileSync(path);
}

/** The part's compressed bytes overwritten in the middle, as a damaged download leaves them. */
function corruptPart(data: Buffer, part: string): Buffer {
  const copy = Buffer.from(data);
  const name = Buffer.from(part);
  for (let at = copy.indexOf(name); at >= 0; at = copy.indexOf(name, at + 1)) {
    const header = at - 30;
    if (header < 0 || copy.readUInt32LE(header) !== 0x04034b50) continue; // the central directory's copy
    const start = at + name.length + copy.readUInt16LE(header + 28);
    copy.fill(0xff, start + 2, start + 2000);
    return copy;
  }
  throw new Error(`no part ${part}`);
}

describe('a sheet found by its first cell', () => {
  it('a summary followed by a huge sheet: the huge sheet is not inflated', async () => {
    const data = await written(
      { sheets: [summarySheet('Tóm tắt'), hugeSheet('Bảng điểm')], names: [] },
      'lon.xlsx',
    );
    const hugeXml = zipEntries(data).read('xl/worksheets/sheet2.xml')!.length;
    expect(hugeXml).toBeGreaterThan(1_000_000);

    const sheet = markedSheetFromZipBytes(data, MARKER, 'Tóm tắt')!;
    expect(sheet.name).toBe('Tóm tắt');
    expect(sheet.values[3]).toEqual(['Tên trường', 'Trường Tiểu học Hòa Lợi – điểm lẻ số 2', null]);
    // The summary, the string table and the workbook's index: a small part of the huge sheet alone.
    const strings = zipEntries(data).read('xl/sharedStrings.xml')!.length;
    expect(sheet.inflatedBytes - strings).toBeLessThan(hugeXml / 20);
  });

  it('a corrupt sheet beside the summary is never read, so the summary still comes out', async () => {
    const data = corruptPart(
      await written(
        { sheets: [summarySheet('Tóm tắt'), hugeSheet('Bảng điểm')], names: [] },
        'hong-mot-trang.xlsx',
      ),
      'xl/worksheets/sheet2.xml',
    );
    expect(() => gridsFromZipBytes(data)).toThrow();
    expect(markedSheetFromZipBytes(data, MARKER, 'Tóm tắt')?.values[0][0]).toBe(MARKER);
  });

  it('found under another name and after other sheets; a workbook without it gives nothing', async () => {
    const renamed = await written(
      { sheets: [hugeSheet('Bảng điểm'), summarySheet('Tóm tắt (2)'), hugeSheet('Khác')], names: [] },
      'doi-ten.xlsx',
    );
    expect(markedSheetFromZipBytes(renamed, MARKER, 'Tóm tắt')?.name).toBe('Tóm tắt (2)');
    expect(markedSheetFromZipBytes(renamed, MARKER, 'Không có')?.name).toBe('Tóm tắt (2)');
    const none = await written({ sheets: [hugeSheet('Bảng điểm')], names: [] }, 'khong-co.xlsx');
    expect(markedSheetFromZipBytes(none, MARKER, 'Tóm tắt')).toBeUndefined();
  });

  it("a file from ExcelJS's in-memory writer reads the same", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Lưu ý').getCell('B2').value = 'ghi chú';
    const sheet = workbook.addWorksheet('Tóm tắt');
    sheet.getCell('A1').value = MARKER;
    sheet.getCell('B1').value = 1;
    sheet.getCell('B4').value = 'Trường THCS Nguyễn Du';
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = markedSheetFromZipBytes(data, MARKER, 'Tóm tắt')!;
    expect(read.values[0].slice(0, 2)).toEqual([MARKER, 1]);
    expect(read.values[3][1]).toBe('Trường THCS Nguyễn Du');
    // A sheet whose first cell is not A1 is not the marked one, whatever it holds.
    expect(markedSheetFromZipBytes(data, 'ghi chú')).toBeUndefined();
  });
});
