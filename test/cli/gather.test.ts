/**
 * The Phòng's day (issue 13): 30 schools each build their workbook and export it as `thidua new` and
 * `thidua export` do; `thidua gather` reads them all, and every district total is the sum of the schools'
 * own lists.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../../src/cli/main';
import { writeCaseFile } from '../../src/cli/commands/write-workbook';
import { readXlsxFile } from '../../src/xlsx/node-file';
import { isSummaryGrid, readSummarySheet, DISTRICT_SHEETS } from '../../src/layout/phong';
import type { SignedSummary } from '../../src/domain/phong';
import { TITLES } from '../../src/domain/titles';
import { evaluateWorkbook } from '../support/hyperformula';
import { randomSchool } from '../support/random-school';

jest.setTimeout(300_000);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('thidua gather', () => {
  let dir: string;
  let exports: string;
  const summaries: SignedSummary[] = [];
  const SCHOOLS = 30;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-gather-'));
    exports = path.join(dir, 'nop');
    fs.mkdirSync(exports);
    for (let i = 1; i <= SCHOOLS; i++) {
      const workbook = path.join(dir, `truong-${i}.xlsx`);
      const exported = path.join(exports, `truong-${i}-gui-phong.xlsx`);
      await writeCaseFile(randomSchool(100 + i, `Trường Tiểu học Số ${i}`), workbook);
      const result = await run(['export', workbook, '-o', exported]);
      expect(result.err).toBe('');
      const grids = await readXlsxFile(exported);
      const read = readSummarySheet(grids.sheets.find((s) => isSummaryGrid(s.values))!.values);
      if (!('summary' in read)) throw new Error(read.problem);
      summaries.push(read.summary);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('30 schools: every district total is the sum of the schools’ own lists, and the sheet’s formulas agree', async () => {
    const out = path.join(dir, 'phong.xlsx');
    const result = await run(['gather', exports, '-o', out]);
    expect(result.out).toContain(`Đã tổng hợp ${SCHOOLS} trường`);
    const grids = await readXlsxFile(out);
    const byName = Object.fromEntries(grids.sheets.map((s) => [s.name, s]));
    // Recalculate the district workbook's live totals from its own school rows.
    const spec = {
      sheets: grids.sheets.map((s) => ({
        name: s.name,
        cells: s.values.map((row, r) =>
          row.map((value, c) => (s.formulas[r]?.[c] ? { formula: s.formulas[r][c]! } : { value })),
        ),
      })),
      names: [],
    };
    const values = evaluateWorkbook(spec);
    const totals = values[DISTRICT_SHEETS.totals];
    const titleRows = totals.slice(4).filter((r) => typeof r[1] === 'string');
    expect(titleRows.length).toBeGreaterThan(0);
    for (const r of titleRows) {
      const titleId = Object.values(TITLES).find((t) => t.label === r[1])!.id;
      const listSum = summaries.reduce(
        (n, s) => n + s.proposals.filter((p) => p.titleId === titleId).length,
        0,
      );
      const approvedSum = summaries.reduce(
        (n, s) => n + (s.titles.find((t) => t.titleId === titleId)?.approved ?? 0),
        0,
      );
      expect(r[6]).toBe(listSum); // on the district's list
      expect(r[4]).toBe(approvedSum); // live SUM over "Các trường"
      const list = byName[`DS ${TITLES[titleId].shortLabel}`];
      if (listSum > 0)
        expect(list.values.slice(4).filter((row) => typeof row[0] === 'number')).toHaveLength(listSum);
    }
    expect(
      byName[DISTRICT_SHEETS.schools].values.slice(4).filter((row) => typeof row[0] === 'number'),
    ).toHaveLength(SCHOOLS);
  });

  it("the Phòng's papers: official heading, one row per school, lists with each person's school as Đơn vị", async () => {
    const out = path.join(dir, 'phong-giay-to.xlsx');
    await run([
      'gather',
      exports,
      '-o',
      out,
      '--cap-tren',
      'UBND thị xã Thuận An',
      '--date',
      '28/05/2021',
      '--signer',
      'Nguyễn Văn Bình',
    ]);
    const grids = await readXlsxFile(out);
    const summary = grids.sheets.find((s) => s.name === 'Tổng hợp kết quả')!;
    const text = summary.values.flat().filter((v): v is string => typeof v === 'string');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Đơn vị');
    expect(text).toContain('Trường Tiểu học Số 17');
    expect(text.some((t) => /ngày 28 tháng 5 năm 2021/.test(t))).toBe(true);
    expect(text).toContain('TRƯỞNG PHÒNG');
    expect(text).toContain('Nguyễn Văn Bình');
    const list = grids.sheets.find((s) => s.name === 'DS đề nghị CSTĐCS')!;
    const cstdcs = summaries.reduce(
      (n, s) => n + s.proposals.filter((p) => p.titleId === 'CSTDCS').length,
      0,
    );
    const schoolCells = list.values
      .flat()
      .filter((v) => typeof v === 'string' && v.startsWith('Trường Tiểu học Số'));
    expect(schoolCells).toHaveLength(cstdcs);
  });

  it('a corrupt file, a user workbook and a file edited after export are each named; the others are still gathered', async () => {
    const mixed = path.join(dir, 'lan');
    fs.mkdirSync(mixed);
    fs.copyFileSync(path.join(exports, 'truong-1-gui-phong.xlsx'), path.join(mixed, 'a.xlsx'));
    fs.writeFileSync(path.join(mixed, 'hong.xlsx'), 'không phải zip');
    const ExcelJS = await import('exceljs');
    const own = new ExcelJS.Workbook();
    own.addWorksheet('Bảng điểm').getCell('A1').value = 'Điểm';
    await own.xlsx.writeFile(path.join(mixed, 'bang-rieng.xlsx'));
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(path.join(exports, 'truong-2-gui-phong.xlsx'));
    const sheet = edited.getWorksheet('Tóm tắt')!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Số cán bộ') row.getCell(2).value = 999;
    });
    await edited.xlsx.writeFile(path.join(mixed, 'sua-tay.xlsx'));

    const result = await run(['gather', mixed, '-o', path.join(dir, 'phong-lan.xlsx')]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Đã tổng hợp 2 trường');
    expect(result.out).toMatch(/Tệp "hong\.xlsx": không đọc được/);
    expect(result.out).toMatch(/Tệp "bang-rieng\.xlsx": không phải tệp xuất của Thi Đua/);
    expect(result.out).toMatch(/Tệp "sua-tay\.xlsx".*đã bị sửa sau khi xuất/);
  });

  it('--progress: "Đã đọc n/N tệp…" goes to stderr, never to stdout', async () => {
    // Every reading of the clock 1.5 s later than the last, so each step is past the 2-second quiet start.
    let clock = Date.now();
    const now = jest.spyOn(Date, 'now').mockImplementation(() => (clock += 1500));
    try {
      const result = await run(['gather', exports, '-o', path.join(dir, 'phong-tien-do.xlsx'), '--progress']);
      expect(result.err).toContain(`Đã đọc ${SCHOOLS}/${SCHOOLS} tệp…`);
      expect(result.err).toMatch(/Đã đọc \d+\/30 tệp…\n(.|\n)*Đang ghi/);
      expect(result.out).not.toMatch(/Đã đọc|Đang /);
      expect(result.out).toContain(`Đã tổng hợp ${SCHOOLS} trường`);
    } finally {
      now.mockRestore();
    }
  });

  it("--danh-sach-truong: the schools as a roster JSON that thidua new builds the Phòng's scoring workbook from", async () => {
    const json = path.join(dir, 'truong.json');
    const result = await run([
      'gather',
      exports,
      '-o',
      path.join(dir, 'phong-ds.xlsx'),
      '--danh-sach-truong',
      json,
    ]);
    expect(result.out).toContain(`Danh sách ${SCHOOLS} trường`);
    const roster = JSON.parse(fs.readFileSync(json, 'utf8')) as {
      unitKind?: string;
      staff: { id: string; fullName: string; roleId: string; teamId: string }[];
    };
    expect(roster.unitKind).toBe('school');
    expect(roster.staff.map((s) => s.fullName).sort()).toEqual(summaries.map((s) => s.school.name).sort());
    expect(new Set(roster.staff.map((s) => s.id)).size).toBe(SCHOOLS);
    expect(roster.staff.every((s) => s.roleId === 'tieu-hoc')).toBe(true);
    const built = await run(['new', json, '-o', path.join(dir, 'cham-diem-truong.xlsx')]);
    expect(built.code).toBe(0);
    const grids = await readXlsxFile(path.join(dir, 'cham-diem-truong.xlsx'));
    expect(grids.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Danh sách trường', 'Tổng hợp cụm']),
    );
    const names = grids.sheets.flatMap((s) => s.values.flat()).filter((v) => v === 'Trường Tiểu học Số 17');
    expect(names.length).toBeGreaterThan(0);
  });

  it('a school that sent its whole workbook is computed, not refused', async () => {
    const only = path.join(dir, 'ca-so');
    fs.mkdirSync(only);
    fs.copyFileSync(path.join(dir, 'truong-3.xlsx'), path.join(only, 'truong-3.xlsx'));
    const result = await run(['gather', only, '-o', path.join(dir, 'phong-ca-so.xlsx')]);
    expect(result.out).toContain('Đã tổng hợp 1 trường');
    const cstdcs = summaries[2].proposals.filter((p) => p.titleId === 'CSTDCS').length;
    expect(result.out).toMatch(new RegExp(`CSTĐCS: .*trong danh sách ${cstdcs}`));
  });
});
