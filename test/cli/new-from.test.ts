/**
 * `thidua new --from <năm-trước.xlsx>` on the demo workbook: the new year's staff, criteria and Quy chế equal
 * the old ones, the rounds move a year, and "Lịch sử" holds last year's titles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../../src/cli/main';
import { loadCase, type LoadedCase } from '../../src/cli/load-case';
import { writeCaseFile } from '../../src/cli/commands/write-workbook';
import { yearsWithTitle } from '../../src/domain/history';
import { sampleFullCase } from '../../src/domain/sample';
import { candidateKey } from '../../src/domain/votes/meeting';

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await main(args, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

const shiftYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

jest.setTimeout(120000); // real .xlsx files of 61 staff, written and read back

describe('thidua new --from', () => {
  let dir: string;
  let last: LoadedCase;
  let next: LoadedCase;
  let output: string;
  const demo = sampleFullCase();
  const candidates = demo.votes?.meeting.candidates ?? [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-new-from-'));
    // The demo year with its council count entered: every CSTĐCS candidate agreed by all 41 present.
    demo.votes?.events.push({
      kind: 'count',
      count: {
        round: 1,
        returned: 41,
        invalid: 0,
        perCandidate: Object.fromEntries(
          candidates.map((c) => [candidateKey(c.titleId, c.id), { agree: 41, disagree: 0 }]),
        ),
        enteredBy: 'Thư ký',
        enteredAt: '2021-05-25T09:00:00',
      },
    });
    // One earlier year typed in from paper.
    demo.history = [{ personId: candidates[0].id, year: 2019, titles: ['LDTT', 'CSTDCS'] }];
    const lastFile = path.join(dir, 'nam-truoc.xlsx');
    await writeCaseFile(demo, lastFile);
    const nextFile = path.join(dir, 'nam-moi.xlsx');
    const result = await run(['new', '--from', lastFile, '-o', nextFile]);
    output = result.out;
    expect(result.err).toBe('');
    last = await loadCase(lastFile);
    next = await loadCase(nextFile);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('says which years, and the new workbook has a Lịch sử sheet', () => {
    expect(output).toContain('2020-2021 → 2021-2022');
    expect(output).toContain('Lịch sử');
    expect(next.workbook?.sheets.history).toBe('Lịch sử');
  });

  test('staff, tổ, roles, criteria and the Quy chế equal the old ones', () => {
    expect(next.schoolCase.roster.staff).toEqual(last.schoolCase.roster.staff);
    expect(next.schoolCase.roster.teams).toEqual(last.schoolCase.roster.teams);
    expect(next.schoolCase.roster.roles).toEqual(last.schoolCase.roster.roles);
    const { config } = next.schoolCase.scoring;
    expect(config.criteria).toEqual(last.schoolCase.scoring.config.criteria);
    expect(config.sections).toEqual(last.schoolCase.scoring.config.sections);
    expect(config.bands).toEqual(last.schoolCase.scoring.config.bands);
    expect(next.schoolCase.targets?.profile).toEqual(last.schoolCase.targets?.profile);
    expect(next.schoolCase.votes?.profile).toEqual(last.schoolCase.votes?.profile);
    expect(next.schoolCase.targets?.targets.map((t) => [t.id, t.count])).toEqual(
      last.schoolCase.targets?.targets.map((t) => [t.id, t.count]),
    );
  });

  test('the school year and every round move one year; no score or ballot comes along', () => {
    const info = next.schoolCase.roster.info;
    const old = last.schoolCase.roster.info;
    expect(info.schoolYear).toBe('2021-2022');
    expect([info.yearStart, info.yearEnd]).toEqual([shiftYear(old.yearStart), shiftYear(old.yearEnd)]);
    expect(next.schoolCase.scoring.config.rounds).toEqual(
      last.schoolCase.scoring.config.rounds.map((r) => ({
        ...r,
        start: shiftYear(r.start),
        end: shiftYear(r.end),
      })),
    );
    expect(next.schoolCase.scoring.inputs).toEqual([]);
    expect(next.schoolCase.votes?.events).toEqual([]);
  });

  test('Lịch sử holds last year’s CSTĐCS of every candidate voted and eligible, and the year typed from paper', () => {
    const history = next.schoolCase.history ?? [];
    const carried = candidates.filter((c) => yearsWithTitle(history, c.id, 'CSTDCS').includes(2020));
    expect(carried.length).toBeGreaterThanOrEqual(5);
    // A vote that passed for someone the rules found not eligible is not carried, and the warning names them.
    for (const c of candidates.filter((x) => !carried.includes(x))) {
      expect(output).toContain(`(mã ${c.id}) đạt bình xét CSTĐCS năm 2020-2021 nhưng không đủ điều kiện`);
    }
    expect(yearsWithTitle(history, candidates[0].id, 'CSTDCS')).toEqual([2019, 2020]);
    const others = demo.roster.staff.filter((p) => !candidates.some((c) => c.id === p.id));
    for (const p of others) expect(yearsWithTitle(history, p.id, 'CSTDCS')).toEqual([]);
  });

  test('misuse: --from with a JSON file too, or a year before the old one', async () => {
    const lastFile = path.join(dir, 'nam-truoc.xlsx');
    const both = await run(['new', 'truong.json', '--from', lastFile, '-o', path.join(dir, 'x.xlsx')]);
    expect(both.code).toBe(2);
    const before = await run([
      'new',
      '--from',
      lastFile,
      '--year',
      '2019-2020',
      '-o',
      path.join(dir, 'y.xlsx'),
    ]);
    expect(before.code).toBe(2);
    expect(before.err).toContain('phải sau năm học của bảng cũ (2020-2021)');
    expect(fs.existsSync(path.join(dir, 'y.xlsx'))).toBe(false);
    const badYear = await run(['new', '--from', lastFile, '--year', '2022', '-o', path.join(dir, 'z.xlsx')]);
    expect(badYear.code).toBe(2);
    expect(badYear.err).toContain('ghi dạng 2022-2023');
    const later = await run([
      'new',
      '--from',
      lastFile,
      '--year',
      '2022-2023',
      '-o',
      path.join(dir, 'z.xlsx'),
    ]);
    expect(later.out).toContain('2020-2021 → 2022-2023');
  });
});
