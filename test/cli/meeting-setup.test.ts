/** An impossible meeting is refused before any ballot: errors and exit 1 with an empty log, no quorum sentence. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './support/run-cli';

jest.setTimeout(60000);

let dir: string;
/** The part of a case file's meeting these tests change. */
interface MeetingFields {
  present: number;
  rounds: { issued: number }[];
  candidates: object[];
}
let clean: Record<string, unknown> & { votes: { meeting: MeetingFields; events: unknown[] } };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-meeting-'));
  const json = path.join(dir, 'mau.json');
  await runCli(['demo', '--json', '-o', json]);
  const { targets: _targets, ...rest } = JSON.parse(fs.readFileSync(json, 'utf8'));
  clean = rest;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function meetingFile(name: string, change: (meeting: MeetingFields) => void): string {
  const data = structuredClone(clean);
  data.votes.events = [];
  change(data.votes.meeting);
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('meeting setup checked before any ballot', () => {
  it('the clean sample with an empty log: exit 0 (the check itself does not cry wolf)', async () => {
    const result = await runCli(['evaluate', meetingFile('sach.json', () => undefined)]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Đủ túc số: có mặt 41/61');
  });

  it.each([
    [
      '80 present of 61 members',
      (m: MeetingFields) => (m.present = 80),
      'Số người có mặt (80) lớn hơn tổng số thành viên (61)',
    ],
    [
      'more ballots issued than people present',
      (m: MeetingFields) => (m.rounds[0].issued = 45),
      'Số phiếu phát ra ở vòng 1 (45) lớn hơn số người có mặt (41)',
    ],
    [
      'a candidate twice for one title',
      (m: MeetingFields) => m.candidates.push({ ...m.candidates[0] }),
      'Dương Thị Thanh Hằng (mã BH2-038) đã có trong danh sách đề nghị CSTĐCS',
    ],
  ])('%s, no ballot yet: LỖI, exit 1, no quorum sentence', async (name, change, says) => {
    const file = meetingFile(`${name.replace(/\W+/g, '-')}.json`, change);
    const text = await runCli(['evaluate', file]);
    expect(text.code).toBe(1);
    expect(text.out).toContain(`- LỖI: ${says}`);
    expect(text.out).not.toContain('Đủ túc số');
    expect(text.out).toContain('Chưa kiểm phiếu: thiết lập cuộc họp có lỗi');
    const json = await runCli(['evaluate', file, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report.votes).toEqual({ quorum: null, rounds: [], setupValid: false });
    expect(report.issues.some((i: { message: string }) => i.message.includes(says))).toBe(true);
  });

  it('each setup error is listed once even when the count reports it too', async () => {
    const file = meetingFile('hai-lan.json', (m) => (m.present = 80));
    const { out } = await runCli(['evaluate', file]);
    expect(out.split('Số người có mặt (80) lớn hơn').length - 1).toBe(1);
  });
});
