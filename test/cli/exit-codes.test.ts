/**
 * Exit codes as the help says, for every command: 0 clean, 1 data errors (printed, output still written),
 * 2 misuse, unreadable input or unwritable output; and the school's workbook is never the output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HELP } from '../../src/cli/help';
import { runCli } from './support/run-cli';

jest.setTimeout(120000);

let dir: string;
/** The sample school: its targets break the 15% cap (errors). */
let sampleJson: string;
let sampleXlsx: string;
/** The sample school without targets: no error at all. */
let cleanJson: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-exit-'));
  sampleJson = path.join(dir, 'mau.json');
  sampleXlsx = path.join(dir, 'mau.xlsx');
  cleanJson = path.join(dir, 'sach.json');
  await runCli(['demo', '--json', '-o', sampleJson]);
  await runCli(['new', sampleJson, '-o', sampleXlsx]);
  const { targets: _targets, ...clean } = JSON.parse(fs.readFileSync(sampleJson, 'utf8'));
  fs.writeFileSync(cleanJson, JSON.stringify(clean));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('new of a clean case: 0; of a case breaking the 15% cap: 1, with LỖI printed and the workbook written', async () => {
    const clean = await runCli(['new', cleanJson, '-o', path.join(dir, 'sach.xlsx')]);
    expect(clean.code).toBe(0);
    const out = path.join(dir, 'loi.xlsx');
    const withErrors = await runCli(['new', sampleJson, '-o', out]);
    expect(withErrors.out).toContain('- LỖI');
    expect(withErrors.code).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('export of a workbook with errors: 1, the papers still written with their "Lưu ý"', async () => {
    const out = path.join(dir, 'xuat.xlsx');
    const result = await runCli(['export', sampleXlsx, '-o', out]);
    expect(result.out).toContain('- LỖI');
    expect(result.code).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('export of a clean workbook: 0', async () => {
    const xlsx = path.join(dir, 'sach-2.xlsx');
    await runCli(['new', cleanJson, '-o', xlsx]);
    const result = await runCli([
      'export',
      xlsx,
      '-o',
      path.join(dir, 'xuat-sach.xlsx'),
      '--date',
      '25/05/2021',
    ]);
    expect(result.out).not.toContain('- LỖI');
    expect(result.code).toBe(0);
  });

  it('export --date dd/mm/yyyy signs the papers on that day; without it the day is left to fill by hand', async () => {
    const { readXlsxFile } = await import('../../src/xlsx/node-file');
    const signed = path.join(dir, 'ky-ngay.xlsx');
    const blank = path.join(dir, 'de-trong.xlsx');
    await runCli(['export', sampleXlsx, '-o', signed, '--date', '25/05/2021']);
    await runCli(['export', sampleXlsx, '-o', blank]);
    const texts = async (file: string) =>
      (await readXlsxFile(file)).sheets.flatMap((s) => s.values.flat()).filter((v) => typeof v === 'string');
    expect(await texts(signed)).toContain('Thuận An, ngày 25 tháng 5 năm 2021');
    expect(await texts(blank)).toContain('Thuận An, ngày … tháng … năm …');
  });

  it('evaluate: 0 clean, 1 with errors', async () => {
    expect((await runCli(['evaluate', cleanJson])).code).toBe(0);
    expect((await runCli(['evaluate', sampleJson])).code).toBe(1);
  });

  it('the help states the three codes and every option the commands take', () => {
    expect(HELP).toContain('0  thành công');
    expect(HELP).toContain('1  có LỖI trong dữ liệu');
    expect(HELP).toContain('2  dùng sai lệnh');
    for (const option of ['--json', '--detail', '--force', '--progress', '--debug', '--date', '--out']) {
      expect(HELP).toContain(option);
    }
  });
});

describe('misuse is exit 2, in Vietnamese, with the closest option', () => {
  it.each([
    [['evaluate', 'mau.json', '--josn'], 'Lệnh evaluate không có tùy chọn --josn. Có phải ý bạn là --json?'],
    [['evaluate', 'mau.json', '--detial'], 'Có phải ý bạn là --detail?'],
    [['new', 'mau.json', '-o', 'x.xlsx', '--froce'], 'Có phải ý bạn là --force?'],
    [['export', 'mau.xlsx', '-o', 'x.xlsx', '--json'], 'Lệnh export không có tùy chọn --json.'],
    [['demo', '-o', 'x.xlsx', '--zzz'], 'Các tùy chọn của lệnh: --out, --json, --force'],
    [['new', 'mau.json', 'them.json', '-o', 'x.xlsx'], 'them.json". Tệp ra ghi sau -o.'],
    [['export', 'mau.xlsx', 'x.xlsx'], 'Lệnh export chỉ nhận 1 tệp .xlsx cần xuất; thừa'],
    [['demo', 'x.xlsx'], 'Lệnh demo không nhận tên tệp nào ngoài -o'],
    [['new', '-o', 'x.xlsx'], 'Thiếu tệp hồ sơ JSON của trường.'],
    [['evaluate', '--json'], 'Thiếu tệp .xlsx hoặc .json cần tính'],
    [['new', 'mau.json'], 'Thiếu tệp ra: thêm -o <tệp>.'],
    [['evaluate', 'mau.json', '--json=yes'], 'Tùy chọn --json không nhận giá trị'],
    [
      ['export', 'mau.xlsx', '-o', 'x.xlsx', '--date', '31/02/2021'],
      'Ngày ký --date "31/02/2021" không đọc được',
    ],
  ])('%j', async (args, says) => {
    const result = await runCli(args.map((a) => (/^(mau|x|them)\./.test(a) ? path.join(dir, a) : a)));
    expect(result.code).toBe(2);
    expect(result.err).toContain(says);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('the output is never one of the inputs, even with --force', () => {
  const spellings: [string, () => string][] = [
    ['the same path', () => sampleXlsx],
    ['another spelling of the path', () => path.join(dir, '.', 'con', '..', 'mau.xlsx')],
    [
      'a symbolic link to it',
      () => {
        const link = path.join(dir, 'lien-ket.xlsx');
        if (!fs.existsSync(link)) fs.symlinkSync(sampleXlsx, link);
        return link;
      },
    ],
    [
      'a hard link to it',
      () => {
        const link = path.join(dir, 'cung-tep.xlsx');
        if (!fs.existsSync(link)) fs.linkSync(sampleXlsx, link);
        return link;
      },
    ],
  ];
  it.each(spellings)(
    'export in.xlsx -o <%s> --force: refused, exit 2, workbook unchanged',
    async (_name, out) => {
      fs.mkdirSync(path.join(dir, 'con'), { recursive: true });
      const before = fs.readFileSync(sampleXlsx);
      const result = await runCli(['export', sampleXlsx, '-o', out(), '--force']);
      expect(result.code).toBe(2);
      expect(result.err).toContain('chính là tệp đang đọc');
      expect(fs.readFileSync(sampleXlsx).equals(before)).toBe(true);
    },
  );
});
