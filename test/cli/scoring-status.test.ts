import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseToFile, type SchoolCaseFile } from '../../src/domain/case';
import { sampleFullCase } from '../../src/domain/sample';
import { main, type CliIo } from '../../src/cli/main';

async function run(args: string[]) {
  const stdout: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: () => undefined };
  const code = await main(args, io);
  return { code, out: stdout.join('\n') };
}

/** The sample school (no targets, no vote) with only the score rows `keep` leaves. */
function sampleWith(keep: (roundId: string) => boolean): SchoolCaseFile {
  const { targets: _t, votes: _v, ...file } = caseToFile(sampleFullCase());
  const scoring = file.scoring;
  if (!scoring?.table) throw new Error('the sample school keeps its scores as a table');
  const rows = scoring.table.rows.filter((row) => keep(row.roundId));
  return { ...file, scoring: { config: scoring.config, table: { ...scoring.table, rows } } };
}

/** The text report's line for the person with mã `id`. */
const lineOf = (out: string, id: string) => out.split('\n').find((l) => l.includes(` ${id} `)) ?? '';

describe('evaluate reports where scoring stands, as the sheets and the pane do', () => {
  let dir: string;
  const first = sampleFullCase().scoring.config.rounds[0].id;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-status-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('no score typed yet: blank year total, band and rank, "Chưa chấm"', async () => {
    const file = path.join(dir, 'chua-cham.json');
    fs.writeFileSync(file, JSON.stringify(sampleWith(() => false)));
    const json = JSON.parse((await run(['evaluate', file, '--json'])).out);
    const person = json.scoring.people[0];
    expect(person).toMatchObject({
      status: 'unscored',
      statusText: 'Chưa chấm',
      yearTotal: null,
      bandId: null,
      rankOverall: null,
      rankInTeam: null,
    });
    expect(person.rounds.map((r: { total: number | null }) => r.total)).toEqual([null, null]);

    const text = (await run(['evaluate', file])).out;
    const line = lineOf(text, person.personId);
    expect(line).toContain('Chưa chấm');
    // After STT, mã, name and tổ: no round total, year total, band or rank (not 0 nor a shared first place).
    expect(
      line
        .trim()
        .split(/\s{2,}/)
        .slice(4),
    ).toEqual(['Chưa chấm']);
  });

  it('only Đợt 1 scored: the year is "Tạm tính", Đợt 2 is blank, totals and ranks are shown', async () => {
    const file = path.join(dir, 'tam-tinh.json');
    fs.writeFileSync(file, JSON.stringify(sampleWith((roundId) => roundId === first)));
    const json = JSON.parse((await run(['evaluate', file, '--json'])).out);
    const person = json.scoring.people[0];
    expect(person.status).toBe('partial');
    expect(person.statusText).toBe('Tạm tính');
    expect(person.yearTotal).toBe(person.rounds[0].total);
    expect(person.rounds[1].total).toBeNull();
    expect(person.rankOverall).toEqual(expect.any(Number));

    const text = (await run(['evaluate', file])).out;
    const line = lineOf(text, person.personId);
    expect(line).toContain('Tạm tính');
    expect(line).not.toContain('Chưa chấm');
    expect(line).toContain(`  ${person.rankOverall}  `);
  });
});
