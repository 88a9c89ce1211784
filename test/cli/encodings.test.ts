/**
 * JSON case files as Windows tools save them: UTF-16 or UTF-32 (with or without a byte order mark) are read
 * as if UTF-8, and names typed in TCVN3 or VNI fonts are converted, each listed by its field.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertUnicodeToTcvn3, convertUnicodeToVni } from '../../src/domain/text/legacy';
import { runCli } from './support/run-cli';

jest.setTimeout(60000);

let dir: string;
let text: string;
let expected: { scoring: unknown };

function utf16be(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf16le');
  bytes.swap16();
  return bytes;
}

function utf32(value: string, littleEndian: boolean): Buffer {
  const points = [...value].map((c) => c.codePointAt(0) ?? 0);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
  return bytes;
}

/** The case as an old tool would save it: every text through `convert`; signs no 8-bit code has become "-". */
function legacyCase(convert: (s: string) => string): string {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string')
      return [...convert(value)].map((c) => (c.charCodeAt(0) > 0xff ? '-' : c)).join('');
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return JSON.stringify(walk(JSON.parse(text)), null, 2);
}

/** The case with only its names (school, tổ, staff) written through `convert`, as if pasted in. */
function withNames(convert: (s: string) => string): string {
  const data = JSON.parse(text);
  data.school.name = convert(data.school.name);
  for (const team of data.teams) team.name = convert(team.name);
  for (const person of data.staff) person.fullName = convert(person.fullName);
  return JSON.stringify(data, null, 2);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-enc-'));
  const json = path.join(dir, 'mau.json');
  await runCli(['demo', '--json', '-o', json]);
  text = fs.readFileSync(json, 'utf8');
  expected = JSON.parse((await runCli(['evaluate', json, '--json'])).out);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('text encodings of a JSON case', () => {
  it.each([
    [
      'UTF-16 with BOM',
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'UTF-16',
    ],
    ['UTF-16 without BOM', () => Buffer.from(text, 'utf16le'), 'UTF-16'],
    [
      'UTF-16 big-endian with BOM',
      () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
      'UTF-16 (big-endian)',
    ],
    ['UTF-16 big-endian without BOM', () => utf16be(text), 'UTF-16 (big-endian)'],
    ['UTF-32 with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text, true)]), 'UTF-32'],
    ['UTF-32 big-endian without BOM', () => utf32(text, false), 'UTF-32 (big-endian)'],
  ])('%s: read, same results, and a notice on stderr', async (_name, bytes, said) => {
    const file = path.join(dir, `${_name.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(file, bytes());
    const result = await runCli(['evaluate', file, '--json']);
    expect(result.code).toBe(1); // the sample's own errors
    expect(JSON.parse(result.out).scoring).toEqual(expected.scoring);
    expect(result.err).toContain(`bảng mã ${said};`);
  });

  it('UTF-8 with a BOM reads quietly', async () => {
    const file = path.join(dir, 'bom.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const result = await runCli(['evaluate', file, '--json']);
    expect(JSON.parse(result.out).scoring).toEqual(expected.scoring);
    expect(result.err).toBe('');
  });
});

describe('names in legacy Vietnamese encodings', () => {
  const names = (out: string) => (JSON.parse(out) as { school: { name: string } }).school.name;

  it('a file saved byte for byte in TCVN3: names converted, each listed by field', async () => {
    const file = path.join(dir, 'tcvn3.json');
    fs.writeFileSync(file, Buffer.from(legacyCase(convertUnicodeToTcvn3), 'latin1'));
    const result = await runCli(['evaluate', file, '--json']);
    expect(result.code).toBe(1);
    expect(names(result.out)).toBe('Trường Tiểu học Bình Hòa 2');
    expect(result.err).toContain('bảng mã cũ TCVN3 (.VnTime); đã chuyển sang Unicode');
    expect(result.err).toContain('school.name: «Tr­êng TiÓu häc B×nh Hßa 2» → «Trường Tiểu học Bình Hòa 2»');
    expect(result.err).toMatch(/có \d{3} trường chữ gõ bằng bảng mã cũ/);
    expect(result.err).toMatch(/teams\[0\]\.name: «.+» → «.+»/);
    expect(result.err).toMatch(/… và \d+ trường khác\./);
    expect(result.out).not.toContain('\uFFFD');
  });

  it('TCVN3 text pasted into a UTF-8 file is found and converted the same way', async () => {
    const file = path.join(dir, 'tcvn3-utf8.json');
    fs.writeFileSync(file, withNames(convertUnicodeToTcvn3));
    const result = await runCli(['evaluate', file, '--json']);
    expect(names(result.out)).toBe('Trường Tiểu học Bình Hòa 2');
    expect(result.err).toContain('TCVN3');
  });

  it('VNI names are converted too', async () => {
    const file = path.join(dir, 'vni.json');
    fs.writeFileSync(file, Buffer.from(legacyCase(convertUnicodeToVni), 'latin1'));
    const result = await runCli(['evaluate', file, '--json']);
    expect(names(result.out)).toBe('Trường Tiểu học Bình Hòa 2');
    expect(result.err).toContain('bảng mã cũ VNI');
  });

  it('new writes the converted names into the workbook and still says what it changed', async () => {
    const file = path.join(dir, 'tcvn3-new.json');
    const out = path.join(dir, 'tcvn3-new.xlsx');
    fs.writeFileSync(file, Buffer.from(legacyCase(convertUnicodeToTcvn3), 'latin1'));
    const result = await runCli(['new', file, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('TCVN3');
    const evaluated = await runCli(['evaluate', out, '--json']);
    expect(names(evaluated.out)).toBe('Trường Tiểu học Bình Hòa 2');
  });

  it('8-bit text in no known encoding is refused with the fields named', async () => {
    const file = path.join(dir, 'latin1.json');
    const data = { school: { name: 'Müller Straße Größe', schoolYear: '2024-2025' }, teams: [], staff: [] };
    fs.writeFileSync(file, Buffer.from(JSON.stringify(data), 'latin1'));
    const result = await runCli(['evaluate', file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('không lưu theo UTF-8');
    expect(result.err).toContain('school.name');
  });
});
