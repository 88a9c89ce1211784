/**
 * A cụm thi đua's year-end meeting through the CLI (issue 13): a case file whose roster lists the cụm's
 * schools and whose meeting is the schools' delegates' goes through `thidua new`, the ballots are counted,
 * and `thidua export` prints the cluster's papers: its heading, its biên bản, the lists with Đơn vị.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseToFile } from '../../src/domain/case';
import type { SchoolCase } from '../../src/domain/case';
import { sampleFullCase } from '../../src/domain/sample';
import { SEED_003_PROFILE } from '../../src/domain/votes';
import { main, type CliIo } from '../../src/cli/main';
import { readXlsxFile } from '../../src/xlsx/node-file';
import { CLUSTER_NAME, SCHOOLS, clusterBallots, clusterMeeting } from '../domain/votes/cluster-fixtures';

jest.setTimeout(120_000);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The cụm's workbook: its schools as the roster (mã trường TH_A…), the delegates' meeting held. */
function clusterCase(): SchoolCase {
  const sample = sampleFullCase();
  const ids = ['TH_A', 'TH_B', 'TH_C', 'TH_D', 'TH_E', 'TH_G', 'TH_H'];
  return {
    ...sample,
    roster: {
      info: {
        ...sample.roster.info,
        name: CLUSTER_NAME,
        parentBody: 'Phòng Giáo dục và Đào tạo Quận 1',
        place: 'Quận 1',
        principalName: 'Lê Thị Hồng',
      },
      unitKind: 'school',
      roles: sample.roster.roles,
      teams: [{ id: 'CUM3', name: 'Cụm 3' }],
      staff: SCHOOLS.map((fullName, i) => ({
        id: ids[i],
        fullName,
        roleId: sample.roster.roles[0].id,
        position: `Hiệu trưởng ${i + 1}`,
        teamId: 'CUM3',
      })),
    },
    scoring: { ...sample.scoring, inputs: [] },
    targets: sample.targets && { ...sample.targets, targets: [], registrations: [], records: [] },
    votes: {
      profile: SEED_003_PROFILE,
      meeting: clusterMeeting({ units: undefined }),
      events: clusterBallots(),
    },
  };
}

const texts = (values: unknown[][]): string[] =>
  values.map((r) => r.filter((v) => v !== null && v !== '').join(' | ')).filter((t) => t !== '');

describe('thidua new and thidua export for a cụm thi đua', () => {
  let dir: string;
  let sheets: Map<string, string[]>;
  let workbookSheets: Map<string, string[]>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cum-'));
    const json = path.join(dir, 'cum.json');
    fs.writeFileSync(json, JSON.stringify(caseToFile(clusterCase()), null, 2));
    const workbook = path.join(dir, 'cum.xlsx');
    const made = await run(['new', json, '-o', workbook]);
    expect(made.err).toBe('');
    expect(fs.existsSync(workbook)).toBe(true);
    // The cụm's results are its own: never handed to the targets area as if its candidates were staff.
    const errors = made.out.split('\n').filter((l) => l.startsWith('- LỖI'));
    expect(errors).toEqual([]);
    expect(made.code).toBe(0);
    const exported = path.join(dir, 'cum-gui-phong.xlsx');
    const sent = await run(['export', workbook, '-o', exported, '--date', '28/05/2021']);
    expect(sent.err).toBe('');
    const read = await readXlsxFile(exported);
    sheets = new Map(read.sheets.map((s) => [s.name, texts(s.values)]));
    const book = await readXlsxFile(workbook);
    workbookSheets = new Map(book.sheets.map((s) => [s.name, texts(s.values)]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the workbook’s biên bản is the cluster meeting’s', () => {
    const minutes = workbookSheets.get('Biên bản kiểm phiếu')!;
    expect(minutes).toContain('BIÊN BẢN HỌP CỤM THI ĐUA');
    expect(minutes).toContain('THƯ KÝ | CỤM TRƯỞNG');
  });

  it('the exported biên bản is headed by the cụm and names Trường A as dẫn đầu cụm', () => {
    const minutes = sheets.get('Biên bản họp xét thi đua')!;
    expect(minutes.slice(0, 5).join('\n')).toContain('CỤM THI ĐUA SỐ 3 –');
    expect(minutes).toContain('BIÊN BẢN HỌP CỤM THI ĐUA');
    expect(minutes).toContain('Về việc bình xét thi đua cuối năm học 2020-2021');
    expect(minutes).toContain('- Các đơn vị trong cụm (7 đơn vị):');
    expect(minutes).toContain('7. Trường Tiểu học H.');
    const leading = minutes.indexOf('Đơn vị dẫn đầu cụm thi đua:');
    expect(minutes[leading + 1]).toBe('1. Trường Tiểu học A.');
    expect(minutes).toContain('1 | Nguyễn Thị Mai | Trường Tiểu học C | 12 | 15 | 0.8');
    expect(minutes.some((t) => t.startsWith('THƯ KÝ | CỤM TRƯỞNG'))).toBe(true);
  });

  it('the lists passed up carry the Đơn vị of each person and school', () => {
    const cstdcs = sheets.get('DS đề nghị CSTĐCS')!;
    expect(cstdcs.find((t) => t.startsWith('STT'))).toContain('Đơn vị');
    expect(cstdcs.find((t) => t.startsWith('1 |'))).toContain('Nguyễn Thị Mai | Trường Tiểu học C');
    expect(cstdcs).toContain('Nơi nhận: | CỤM TRƯỞNG');
  });

  it('the cụm’s export carries no "Tóm tắt": it is not one school’s summary for the Phòng to add up', () => {
    expect([...sheets.keys()]).not.toContain('Tóm tắt');
  });

  it('prints only the cụm’s papers, as the pane offers them: no school summary, no list nobody stood for', () => {
    expect([...sheets.keys()]).toEqual([
      'Lưu ý',
      'DS đề nghị CSTĐCS',
      'Biên bản họp xét thi đua',
      'Biên bản kiểm phiếu',
    ]);
  });
});
