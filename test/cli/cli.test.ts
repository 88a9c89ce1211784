import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateCase, type SchoolCaseFile } from '../../src/domain/case';
import { scoreInputsFromTable } from '../../src/domain/scoring';
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

  it('new says what the rules found, while still writing the workbook, and exits 1 (seed 000: 10 CSTĐCS for 61 LĐTT)', async () => {
    const json = path.join(dir, 'co-canh-bao.json');
    const xlsx = path.join(dir, 'co-canh-bao.xlsx');
    await run(['demo', '--json', '-o', json]);
    const result = await run(['new', json, '-o', xlsx]);
    expect(result.code).toBe(1);
    expect(fs.existsSync(xlsx)).toBe(true);
    expect(result.out).toContain('LỖI, CẢNH BÁO VÀ GHI CHÚ');
    expect(result.out).toContain('NĐ 91/2017/NĐ-CP Điều 9 khoản 3');
  });

  it('demo writes the sample school, and evaluate reads back the same year totals, bands and ranks', async () => {
    const file = path.join(dir, 'mau.xlsx');
    // The sample school breaks the 15% cap on purpose: the workbook is written, the exit code says so.
    expect((await run(['demo', '-o', file])).code).toBe(1);
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
    expect((await run(['new', json, '-o', xlsx])).code).toBe(1);
    const fromJson = JSON.parse((await run(['evaluate', json, '--json'])).out);
    const fromXlsx = JSON.parse((await run(['evaluate', xlsx, '--json'])).out);
    expect(fromXlsx.scoring).toEqual(fromJson.scoring);
    expect(fromXlsx.targets.targets.map((t: { result: number }) => t.result)).toEqual(
      fromJson.targets.targets.map((t: { result: number }) => t.result),
    );
  });

  it('demo --json writes the scores as a table: the criteria once, then one line per person, round and level', async () => {
    const json = path.join(dir, 'bang-diem.json');
    expect((await run(['demo', '--json', '-o', json])).code).toBe(0);
    const text = fs.readFileSync(json, 'utf8');
    const file = JSON.parse(text) as SchoolCaseFile;
    const table = file.scoring?.table;
    expect(file.scoring?.inputs).toBeUndefined();
    expect(table?.criteria).toEqual(file.scoring?.config?.criteria.map((c) => c.id));
    expect(table?.rows.length).toBeGreaterThan(61);
    // The first row, as one line of the sheet.
    const first = table?.rows[0];
    expect(text).toContain(
      `{ "personId": "${first?.personId}", "roundId": "${first?.roundId}", "level": "${first?.level}", "values": [${first?.values.map((v) => JSON.stringify(v)).join(', ')}] }`,
    );
  });

  it('reads the older form too: the same scores one by one give the same results', async () => {
    const json = path.join(dir, 'bang.json');
    const old = path.join(dir, 'tung-o.json');
    await run(['demo', '--json', '-o', json]);
    const file = JSON.parse(fs.readFileSync(json, 'utf8')) as SchoolCaseFile;
    const { table, ...scoring } = file.scoring ?? {};
    fs.writeFileSync(
      old,
      JSON.stringify({
        ...file,
        scoring: { ...scoring, inputs: scoreInputsFromTable(table ?? { criteria: [], rows: [] }) },
      }),
    );
    const fromTable = JSON.parse((await run(['evaluate', json, '--json'])).out);
    const fromInputs = JSON.parse((await run(['evaluate', old, '--json'])).out);
    expect(fromInputs.scoring).toEqual(fromTable.scoring);
    expect(fromInputs.issues).toEqual(fromTable.issues);
  });

  it('evaluate --json gives every total, band and rank; --detail adds each criterion of each period', async () => {
    const json = path.join(dir, 'chi-tiet.json');
    await run(['demo', '--json', '-o', json]);
    const summary = JSON.parse((await run(['evaluate', json, '--json'])).out);
    const detail = JSON.parse((await run(['evaluate', json, '--json', '--detail'])).out);
    const expected = evaluateCase(sampleFullCase()).scoring.people;
    const period = summary.scoring.people[0].rounds[0].periods[0];
    expect(period.criteria).toBeUndefined();
    expect(period.total).toBe(expected[0].rounds[0].periods[0].total);
    expect(period.missing).toEqual(expected[0].rounds[0].periods[0].missing);
    // Every person of the sample school is scored in full: no "Chưa chấm" nor "Tạm tính".
    expect(detail.scoring.people).toEqual(expected.map((p) => ({ ...p, statusText: '' })));
    const strip = (people: typeof expected) =>
      people.map((p) => ({
        ...p,
        statusText: '',
        rounds: p.rounds.map((r) => ({
          ...r,
          periods: r.periods.map(({ criteria: _c, ...figures }) => figures),
        })),
      }));
    expect(summary.scoring.people).toEqual(strip(expected));
  });

  it('names the row and column of a wrong value in the score table', async () => {
    const json = path.join(dir, 'o-sai.json');
    const bad = path.join(dir, 'o-sai-2.json');
    await run(['demo', '--json', '-o', json]);
    const file = JSON.parse(fs.readFileSync(json, 'utf8'));
    file.scoring.table.rows[4].values[2] = '9,5';
    fs.writeFileSync(bad, JSON.stringify(file));
    const result = await run(['evaluate', bad]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      'scoring.table.rows[4].values[2] (bảng điểm, hàng 5, cột 3): phải là số hoặc null.',
    );
  });

  it('reports a value out of range in the score table by row and column', async () => {
    const json = path.join(dir, 'vuot.json');
    const bad = path.join(dir, 'vuot-2.json');
    await run(['demo', '--json', '-o', json]);
    const file = JSON.parse(fs.readFileSync(json, 'utf8'));
    file.scoring.table.rows[0].values[0] = 1000;
    fs.writeFileSync(bad, JSON.stringify(file));
    const result = await run(['evaluate', bad, '--json']);
    expect(result.code).toBe(1);
    const issue = JSON.parse(result.out).issues.find((i: { code: string }) => i.code === 'score.above-max');
    expect(issue.message).toMatch(/^Bảng điểm, hàng 1, cột 1: .*điểm 1000 vượt điểm tối đa/);
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
