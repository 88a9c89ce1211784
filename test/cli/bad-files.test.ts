/**
 * Every file a school's staff might hand to thidua by mistake gets a Vietnamese sentence that names the file
 * and says what to do: exit 2, no English from the zip or XML reader, no stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runCli } from './support/run-cli';

jest.setTimeout(120000);

/** Words of the libraries' and Node's own English messages. */
const ENGLISH =
  /\b(Error|Unexpected|Cannot|Invalid|invalid|Corrupted|signature|undefined|End of data|token|is not|Expected|ENOENT|EISDIR|EACCES)\b|\n\s+at /;

let dir: string;
let demoXlsx: Buffer;

async function zip(files: Record<string, string>, mimetypeFirst = false): Promise<Buffer> {
  const archive = new JSZip();
  if (mimetypeFirst) archive.file('mimetype', files.mimetype, { compression: 'STORE' });
  for (const [name, text] of Object.entries(files))
    if (!(mimetypeFirst && name === 'mimetype')) archive.file(name, text);
  return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

interface BadFile {
  what: string;
  name: string;
  bytes: () => Buffer | Promise<Buffer>;
  /** Words the message must hold. */
  says: string;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

const CASES: BadFile[] = [
  { what: 'an empty file', name: 'rong.xlsx', bytes: () => Buffer.alloc(0), says: 'rỗng (0 byte)' },
  { what: 'an empty JSON file', name: 'rong.json', bytes: () => Buffer.alloc(0), says: 'rỗng (0 byte)' },
  { what: 'a .xls renamed .xlsx', name: 'cu.xlsx', bytes: () => OLE2, says: 'Excel 97-2003 (.xls)' },
  { what: 'a .xls kept as .xls', name: 'cu.xls', bytes: () => OLE2, says: 'Excel 97-2003 (.xls)' },
  {
    what: 'an .ods renamed .xlsx',
    name: 'libre.xlsx',
    bytes: () =>
      zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, true),
    says: 'OpenDocument (.ods',
  },
  {
    what: 'a CSV renamed .xlsx',
    name: 'bang.xlsx',
    bytes: () => Buffer.from('Mã,Họ và tên\nGV01,An\n'),
    says: 'CSV',
  },
  {
    what: 'a CSV',
    name: 'bang.csv',
    bytes: () => Buffer.from('Mã,Họ và tên\nGV01,An\n'),
    says: 'không phải .xlsx hay .json',
  },
  {
    what: 'a zip of photos',
    name: 'anh.xlsx',
    bytes: () => zip({ 'anh1.txt': 'x' }),
    says: 'tệp nén (.zip)',
  },
  {
    what: 'a Word document renamed .xlsx',
    name: 'van-ban.xlsx',
    bytes: () => zip({ '[Content_Types].xml': '<x/>', 'word/document.xml': '<x/>' }),
    says: 'Word (.docx)',
  },
  {
    what: 'a workbook cut off half-way',
    name: 'cut.xlsx',
    bytes: () => demoXlsx.subarray(0, demoXlsx.length >> 1),
    says: 'tệp hỏng',
  },
  {
    what: 'a workbook cut off near its end',
    name: 'cut2.xlsx',
    bytes: () => demoXlsx.subarray(0, demoXlsx.length - 30),
    says: 'tệp hỏng',
  },
  {
    what: 'a workbook with its compressed sheets overwritten',
    name: 'garbled.xlsx',
    bytes: () => {
      const copy = Buffer.from(demoXlsx);
      for (let i = 2000; i < copy.length - 20000; i += 97) copy[i] ^= 0x5a;
      return copy;
    },
    says: 'tệp hỏng hoặc không phải .xlsx',
  },
  {
    what: 'a zip holding an xlsx skeleton with broken XML',
    name: 'xml.xlsx',
    bytes: () =>
      zip({
        '[Content_Types].xml': '<Types',
        'xl/workbook.xml': '<workbook><sheets><sheet name="A"',
        '_rels/.rels': '<<<',
      }),
    says: 'tệp hỏng hoặc không phải .xlsx',
  },
  {
    what: 'random bytes',
    name: 'rac.xlsx',
    bytes: () => Buffer.from([1, 2, 3, 0, 255, 7, 8, 9, 0, 0, 4]),
    says: 'không phải .xlsx',
  },
  {
    what: 'a workbook given as JSON',
    name: 'so.json',
    bytes: () => demoXlsx,
    says: 'là sổ làm việc .xlsx chứ không phải hồ sơ JSON',
  },
  {
    what: 'JSON cut off',
    name: 'cut.json',
    bytes: () => Buffer.from('{ "school": { "name": "A"'),
    says: 'kết thúc giữa chừng',
  },
  {
    what: 'JSON with a missing comma',
    name: 'comma.json',
    bytes: () => Buffer.from('{\n  "school": {}\n  "teams": []\n}'),
    says: 'sai cú pháp ở dòng 3',
  },
  {
    what: 'JSON of the wrong shape',
    name: 'shape.json',
    bytes: () => Buffer.from('[1, 2]'),
    says: 'chưa đúng định dạng hồ sơ',
  },
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bad-'));
  const demo = path.join(dir, 'demo.xlsx');
  await runCli(['demo', '-o', demo]);
  demoXlsx = fs.readFileSync(demo);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// new reads a JSON case, export a workbook; evaluate reads both.
const RUNS = CASES.flatMap((c) =>
  (c.name.endsWith('.json') ? ['evaluate', 'new'] : ['evaluate', 'export']).map((command) => ({
    ...c,
    command,
  })),
);

describe.each(RUNS)('$what ($name)', ({ name, bytes, says, command }) => {
  it(`${command}: exit 2, the file named, in Vietnamese`, async () => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await bytes());
    const out = path.join(dir, `ra-${command}-${name}.xlsx`);
    const args = command === 'evaluate' ? ['evaluate', file] : [command, file, '-o', out];
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`"${file}"`);
    expect(result.err).toContain(says);
    expect(result.err).not.toMatch(ENGLISH);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('paths that are not files', () => {
  it('a folder given as the case of new or export', async () => {
    for (const command of ['new', 'export']) {
      const result = await runCli([command, dir, '-o', path.join(dir, 'x.xlsx')]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(`"${dir}" là một thư mục`);
    }
  });

  it('a missing file', async () => {
    const result = await runCli(['evaluate', path.join(dir, 'khong-co.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Không tìm thấy tệp');
    expect(result.err).toContain('khong-co.xlsx');
  });

  it('a missing output folder', async () => {
    const result = await runCli(['demo', '-o', path.join(dir, 'chua-co', 'mau.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Chưa có thư mục');
    expect(result.err).not.toMatch(ENGLISH);
  });

  it('a folder as the output', async () => {
    const result = await runCli(['demo', '-o', dir]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`"${dir}" là một thư mục`);
  });

  it("a --debug run shows the reader's own words as well", async () => {
    const file = path.join(dir, 'debug.xlsx');
    fs.writeFileSync(file, await CASES.find((c) => c.name === 'garbled.xlsx')!.bytes());
    const plain = await runCli(['evaluate', file]);
    const debug = await runCli(['evaluate', file, '--debug']);
    expect(debug.err.startsWith(plain.err)).toBe(true);
    expect(debug.err.length).toBeGreaterThan(plain.err.length);
  });
});
