import fc from 'fast-check';
import { buildExportWorkbook, EXPORT_DOCUMENTS, exportPreview } from '../../../src/layout/export';
import { exportInputFromCase, defaultExportSettings } from '../../../src/layout/export-input';
import { sampleFullCase } from '../../../src/domain/sample';
import { allValues } from '../export/sheet-reader';
import { ballot, candidates, direct, handCount, readBack, sampleWith, SETTINGS } from './fixtures';

describe('seed 000 after the council counted CSTĐCS by hand (41 present, 70% needs 29)', () => {
  const agree = [40, 35, 29, 28, 33, 20];
  const schoolCase = sampleWith((c) => [handCount(c, agree)]);
  const { read, results } = readBack(schoolCase);
  const input = exportInputFromCase(read, results, SETTINGS);
  const names = candidates(schoolCase).map((c) => c.name);

  it('lists the four who reached 29 of 41 on the CSTĐCS list, with their votes, post and tổ', () => {
    const list = input.individualProposals?.CSTDCS ?? [];
    expect(list.map((p) => p.fullName).sort()).toEqual([names[0], names[1], names[2], names[4]].sort());
    const first = list.find((p) => p.fullName === names[0])!;
    const person = schoolCase.roster.staff.find((p) => p.fullName === names[0])!;
    const team = schoolCase.roster.teams.find((t) => t.id === person.teamId)!;
    expect(first).toMatchObject({ agree: 40, base: 41, position: person.position, teamName: team.name });
    const total = results.scoring.people.find((p) => p.personId === person.id)!.yearTotal;
    expect(first.score).toBe(total);
  });

  it('prints no LĐTT list: the council did not vote on LĐTT, so the paper says the data is missing', () => {
    expect(input.individualProposals?.LDTT).toBeUndefined();
    const preview = exportPreview(input, ['proposal:LDTT']);
    expect(preview.documents[0].rowCount).toBe(0);
    expect(preview.notices.join(' ')).toMatch(/Chưa có dữ liệu danh sách đề nghị Lao động tiên tiến/);
  });

  it('sums LĐTT per tổ into the school row: 61 registered, 58 eligible, target 61', () => {
    const ldtt = input.summary!.find((s) => s.titleId === 'LDTT')!;
    expect(ldtt.school).toEqual({ registered: 61, eligible: 58, approved: 0, target: 61 });
    expect(ldtt.byTeam).toHaveLength(8);
    expect(ldtt.byTeam.reduce((n, t) => n + t.registered, 0)).toBe(61);
    expect(ldtt.byTeam.reduce((n, t) => n + t.eligible, 0)).toBe(58);
  });

  it('counts CSTĐCS put forward by the council against its target of 10', () => {
    const cstdcs = input.summary!.find((s) => s.titleId === 'CSTDCS')!;
    expect(cstdcs.school).toMatchObject({ registered: 12, approved: 4, target: 10 });
  });

  it('counts TTLĐTT per tổ (6 of 8 targeted) and TTLĐXS for the school alone', () => {
    const ttldtt = input.summary!.find((s) => s.titleId === 'TTLDTT')!;
    expect(ttldtt.byTeam.map((t) => t.teamName)).toEqual(schoolCase.roster.teams.map((t) => t.name));
    expect(ttldtt.school).toMatchObject({ registered: 8, target: 6 });
    const ttldxs = input.summary!.find((s) => s.titleId === 'TTLDXS')!;
    expect(ttldxs.byTeam).toEqual([]);
    expect(ttldxs.school).toMatchObject({ registered: 1, target: 1 });
  });

  it('writes the meeting minutes: 61 members, 41 present, 6 proposed and 4 passed for CSTĐCS', () => {
    const meeting = input.meeting!;
    expect(meeting.startsAt).toBe('2021-05-25T14:00');
    expect(meeting.endsAt).toBe('2021-05-25T16:30');
    expect(meeting.members).toHaveLength(61);
    expect(meeting.members.filter((m) => m.present)).toHaveLength(41);
    expect(meeting.chair).toEqual({
      fullName: 'Nguyễn Thị Hoàng Trang',
      position: 'Hiệu trưởng, Chủ tịch Hội đồng',
    });
    expect(meeting.results).toEqual([
      { titleId: 'CSTDCS', voteForm: 'Bỏ phiếu kín', proposed: 6, approved: 4 },
    ]);
  });

  it('writes the ballot count: 41 issued and returned, 40 valid, 1 invalid; base the 41 present', () => {
    const count = input.ballotCount!;
    expect(count.voteForm).toBe('Bỏ phiếu kín');
    expect(count.committee.filter((m) => m.isHead).map((m) => m.fullName)).toEqual(['Huỳnh Thị Mỹ Linh']);
    expect(count.sessions).toHaveLength(1);
    const [session] = count.sessions;
    expect(session.ballots).toEqual({ issued: 41, returned: 41, valid: 40, invalid: 1 });
    expect(session.base).toBe(41);
    expect(session.baseLabel).toBe('số người dự họp');
    expect(session.candidates.map((c) => [c.agree, c.passed])).toEqual(
      agree.map((a) => [a, a * 100 >= 70 * 41]),
    );
  });

  it("says what is unfinished: the plan's CSTĐCS cap (NĐ 91/2017) at its cell, the unnamed members", () => {
    const text = input.incompleteness.join('\n');
    expect(text).toMatch(
      /Lỗi chưa xử lý: Chỉ tiêu 10 Chiến sĩ thi đua cơ sở vượt giới hạn 15%.*\(ô Chỉ tiêu!F6\)/,
    );
    expect(text).toMatch(/Chưa có tên người có mặt \(có mặt 41\/61\)/);
    expect(text).not.toMatch(/chưa kiểm phiếu xong/);
    expect(text).not.toMatch(/giờ họp/);
  });

  it('exports every paper, "Lưu ý" first, the Phòng\'s "Tóm tắt" last, CSTĐCS names in Vietnamese order', () => {
    const spec = buildExportWorkbook(
      input,
      EXPORT_DOCUMENTS.map((d) => d.id),
    );
    expect(spec.sheets.map((s) => s.name)).toEqual([
      'Lưu ý',
      'Tổng hợp kết quả',
      'DS đề nghị LĐTT',
      'DS đề nghị CSTĐCS',
      'DS đề nghị CSTĐ tỉnh',
      'DS đề nghị TTLĐTT',
      'DS đề nghị TTLĐXS',
      'Biên bản họp xét thi đua',
      'Biên bản kiểm phiếu',
      'Tóm tắt',
    ]);
    const sheet = spec.sheets.find((s) => s.name === 'DS đề nghị CSTĐCS')!;
    const printed = sheet.cells
      .map((row) => row?.[1])
      .map((cell) => (cell && 'value' in cell ? cell.value : null))
      .filter(
        (v): v is string => typeof v === 'string' && [names[0], names[1], names[2], names[4]].includes(v),
      );
    const given = (n: string) => n.split(' ').at(-1)!;
    const collator = new Intl.Collator('vi');
    expect(printed.map(given)).toEqual([...printed.map(given)].sort(collator.compare));
  });
});

describe('seed 000 before the count is over', () => {
  it('with no ballot yet: no list, no ballot count, and the pane is told to enter ballots', () => {
    const { read, results } = readBack(sampleFullCase());
    const input = exportInputFromCase(read, results, { ...SETTINGS, meeting: {} });
    expect(input.individualProposals?.CSTDCS).toBeUndefined();
    expect(input.ballotCount).toBeUndefined();
    expect(input.meeting?.startsAt).toBe('');
    const text = input.incompleteness.join('\n');
    expect(text).toMatch(/Chưa nhập phiếu bình xét nào/);
    expect(text).toMatch(/chưa có giờ họp/);
  });

  it('with three ballots of 41 entered: round 1 is open and every candidate is named as undecided', () => {
    const schoolCase = sampleWith((c) => [
      ballot(c, 1, 'agree'),
      ballot(c, 2, 'agree'),
      ballot(c, 3, 'disagree'),
    ]);
    const { read, results } = readBack(schoolCase);
    const input = exportInputFromCase(read, results, SETTINGS);
    expect(input.ballotCount?.sessions[0].ballots).toEqual({ issued: 41, returned: 3, valid: 3, invalid: 0 });
    expect(input.ballotCount?.sessions[0].candidates.map((c) => c.agree)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(input.individualProposals?.CSTDCS).toBeUndefined();
    expect(input.meeting?.results[0].decision).toBe('Chưa kiểm phiếu xong: 6 cá nhân chưa có kết quả');
    expect(input.incompleteness.join('\n')).toMatch(
      /Vòng 1 chưa kiểm phiếu xong \(đã nhập 3\/41 phiếu\): 6 ứng viên chưa có kết quả \(.+ và 1 người khác\)/,
    );
  });
});

describe('defaults', () => {
  it('without settings (the CLI), sends to the cơ quan cấp trên, signed by the principal, date left to fill', () => {
    const { read, results } = direct(sampleFullCase());
    const input = exportInputFromCase(read, results);
    expect(input.recipient.name).toBe('Phòng Giáo dục và Đào tạo thị xã Thuận An');
    expect(input.signer).toEqual({ title: 'HIỆU TRƯỞNG', fullName: 'Nguyễn Thị Hoàng Trang' });
    const [note] = exportPreview(input, ['summary']).warnings;
    expect(note).toEqual({
      code: 'export.date-blank',
      severity: 'info',
      message: 'Chưa có ngày ký: văn bản để trống ngày để ghi tay.',
    });
    const summary = buildExportWorkbook(input, ['summary']).sheets.find((sheet) => sheet.name !== 'Lưu ý')!;
    expect(allValues(summary).map((v) => v.value)).toContain('Thuận An, ngày … tháng … năm …');
  });

  it("send to the school's cơ quan cấp trên, signed by the principal, on the given day", () => {
    const settings = defaultExportSettings(sampleFullCase(), '2021-05-28');
    expect(settings).toEqual({
      recipient: { id: 'phong-gddt', name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An' },
      signer: { title: 'HIỆU TRƯỞNG', fullName: 'Nguyễn Thị Hoàng Trang' },
      date: '2021-05-28',
      meeting: { date: '2021-05-25' },
    });
  });
});

describe('whatever the counts', () => {
  it('the summary counts as many CSTĐCS put forward as the list holds, and the tổ rows add up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 6, maxLength: 6 }), (agree) => {
        const schoolCase = sampleWith((c) => [handCount(c, agree)]);
        const { read, results } = direct(schoolCase);
        const input = exportInputFromCase(read, results, SETTINGS);
        const list = input.individualProposals?.CSTDCS ?? [];
        const summary = input.summary!.find((s) => s.titleId === 'CSTDCS')!;
        expect(summary.school.approved).toBe(list.length);
        expect(list.length).toBe(agree.filter((a) => a * 100 >= 70 * 41).length);
        for (const field of ['registered', 'eligible', 'approved'] as const) {
          expect(summary.byTeam.reduce((n, t) => n + t[field], 0)).toBe(summary.school[field]);
        }
        expect(input.meeting!.results[0].approved).toBe(list.length);
      }),
      { numRuns: 25 },
    );
  });
});
