import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateCase } from '../../src/domain/case';
import { sampleFullCase } from '../../src/domain/sample';
import { main, type CliIo } from '../../src/cli/main';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function run(args: string[]) {
  const io = capture();
  const code = await main(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

jest.setTimeout(60000); // each test writes and reads real .xlsx files of 61 staff

describe('thidua', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('demo writes the sample school, and evaluate reads back the same year totals, bands and ranks', async () => {
    const file = path.join(dir, 'mau.xlsx');
    expect((await run(['demo', '-o', file])).code).toBe(0);
    const result = await run(['evaluate', file, '--json']);
    const report = JSON.parse(result.out);
    const expected = evaluateCase(sampleFullCase()).scoring.people;
    expect(report.scoring.people).toHaveLength(61);
    for (const person of expected) {
      const read = report.scoring.people.find((p: { personId: string }) => p.personId === person.personId);
      expect(read.yearTotal).toBe(person.yearTotal);
      expect(read.bandId).toBe(person.bandId);
      expect(read.rankOverall).toBe(person.rankOverall);
      expect(read.rankInTeam).toBe(person.rankInTeam);
    }
  });

  it('new and evaluate round-trip a school through a real .xlsx file', async () => {
    const json = path.join(dir, 'truong.json');
    const xlsx = path.join(dir, 'truong.xlsx');
    expect((await run(['demo', '--json', '-o', json])).code).toBe(0);
    expect((await run(['new', json, '-o', xlsx])).code).toBe(0);
    const fromJson = JSON.parse((await run(['evaluate', json, '--json'])).out);
    const fromXlsx = JSON.parse((await run(['evaluate', xlsx, '--json'])).out);
    expect(fromXlsx.scoring).toEqual(fromJson.scoring);
    expect(fromXlsx.targets.targets.map((t: { result: number }) => t.result)).toEqual(
      fromJson.targets.targets.map((t: { result: number }) => t.result),
    );
  });

  it('prints a readable report with every section', async () => {
    const file = path.join(dir, 'bao-cao.xlsx');
    await run(['demo', '-o', file]);
    const { out } = await run(['evaluate', file]);
    expect(out).toContain('CÁ NHÂN (61 người)');
    expect(out).toContain('TỔ (8 tổ)');
    expect(out).toContain('BỎ PHIẾU BÌNH XÉT');
    expect(out).toContain('CHỈ TIÊU');
    // Seed 000's 10 CSTĐCS for 61 LĐTT breaks the 15% cap.
    expect(out).toContain('NĐ 91/2017/NĐ-CP Điều 9 khoản 3');
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const file = path.join(dir, 'co-san.xlsx');
    fs.writeFileSync(file, 'x');
    const result = await run(['demo', '-o', file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('đã có');
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  it('names the field that is wrong in a case file, in Vietnamese', async () => {
    const file = path.join(dir, 'sai.json');
    fs.writeFileSync(file, JSON.stringify({ school: { name: 'Trường A' }, teams: [], staff: [{ id: 1 }] }));
    const result = await run(['new', file, '-o', path.join(dir, 'sai.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('school: thiếu trường bắt buộc "schoolYear"');
    expect(result.err).toContain('staff[0].id: phải là chuỗi chữ');
  });

  it('explains a file that is not JSON, and an unknown command', async () => {
    const file = path.join(dir, 'hong.json');
    fs.writeFileSync(file, '{ "school": ');
    expect((await run(['evaluate', file])).err).toContain('không phải JSON hợp lệ');
    const unknown = await run(['tinh']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Không có lệnh "tinh"');
  });
});
