/**
 * Formula parity for the vote sheets: the live formulas of "Kiểm phiếu" and the biên bản, evaluated by
 * HyperFormula over the log the layout appends, give the domain's tally — on the DOMAIN.md worked examples.
 */
import {
  localDateTime,
  customProfile,
  ND_98_2023_PROFILE,
  SEED_003_PROFILE,
  tallyMeeting,
  type BallotEvent,
  type Meeting,
} from '../../src/domain/votes';
import { compareLogWithCounts, LOG_COLUMNS, logRowOf, readVoteSettings } from '../../src/layout/votes';
import {
  AN,
  BINH,
  CHI,
  DUNG,
  ballot,
  ballotsFor,
  key,
  marks,
  meeting,
  record,
} from '../domain/votes/fixtures';
import { readQuyCheEntries } from '../../src/layout/quy-che';
import { MeetingRig } from '../layout/votes/rig';

function check(rig: MeetingRig) {
  const issues = compareLogWithCounts(
    rig.book.values(rig.log.sheetName),
    rig.book.values(rig.count.map.sheetName),
    rig.count.map,
    rig.profile,
    rig.meeting,
    { logCapacity: rig.log.capacity },
  );
  expect(issues).toEqual([]);
}

const cellsOf = (rig: MeetingRig, round: number, k: string) =>
  rig.count.map.candidates.find((c) => c.round === round && c.key === k)!.cells;

/** 41 of 61 present; ballots 1–28 approve both, 29 An only, 30–40 neither, 41 invalid — after an undo. */
function fullMeeting(capacity?: number): MeetingRig {
  const rig = new MeetingRig(
    SEED_003_PROFILE,
    meeting({ totalMembers: 61, present: 41, candidates: [AN, BINH] }),
    capacity,
  );
  for (let n = 1; n <= 40; n++) {
    const an = n <= 29 ? 'agree' : 'disagree';
    const binh = n <= 28 ? 'agree' : 'disagree';
    rig.applyAll([record(ballot(n, marks([AN, an], [BINH, binh])))]);
  }
  rig.applyAll([
    record(ballot(41, marks([AN, 'agree'], [BINH, 'agree']))),
    { kind: 'undo', round: 1, lastNumber: 41, enteredBy: 'Cô Hoa', enteredAt: '2021-05-20T14:05:00' },
    record(ballot(41, {}, { invalid: true })),
  ]);
  return rig;
}

describe('the full meeting in the workbook: 41 of 61, one invalid, two on the boundary, an undo', () => {
  const rig = fullMeeting(500);
  const round = rig.count.map.rounds[0].cells;

  it('"Kiểm phiếu" counts 41 issued, 41 returned, 40 valid, 1 invalid, none out', () => {
    expect(
      [round.issued, round.returned, round.valid, round.invalid, round.remaining].map((a) =>
        rig.countValue(a),
      ),
    ).toEqual([41, 41, 40, 1, 0]);
    expect(rig.countValue(rig.count.map.quorumMet)).toBe('Có');
    expect(rig.countValue(rig.count.map.quorumSentence)).toBe('Đủ túc số: có mặt 41/61 người.');
  });

  it('An: 29 of 41 passes; Bình: 28 of 41 is one short', () => {
    const an = cellsOf(rig, 1, key(AN));
    const binh = cellsOf(rig, 1, key(BINH));
    expect([an.agree, an.disagree, an.blank, an.base, an.result].map((a) => rig.countValue(a))).toEqual([
      29,
      11,
      0,
      41,
      'Đạt',
    ]);
    expect([binh.agree, binh.base, binh.result].map((a) => rig.countValue(a))).toEqual([28, 41, 'Không đạt']);
    expect(rig.countValue(an.percent)).toBeCloseTo(29 / 41, 9);
    expect(rig.countValue(binh.reason)).toBe('Không đạt: 28/41 phiếu đồng ý, chưa đạt 70% số người dự họp.');
  });

  it('agrees with the domain cell by cell', () => check(rig));

  it('each ballot wrote one row and the seal; the undo wrote one row, the seal and one status cell', () => {
    const rowsTouched = rig.writes.map((w) => w.rows.size);
    expect(rowsTouched.filter((n) => n === 2)).toHaveLength(42);
    expect(rowsTouched.filter((n) => n === 3)).toHaveLength(1);
    expect(rig.book.values(rig.log.sheetName)[0].slice(8, 10)).toEqual([
      43,
      expect.stringMatching(/^[B-T]{8}$/),
    ]);
    const log = rig.book.values(rig.log.sheetName);
    expect(log[logRowOf(41)][LOG_COLUMNS.status]).toBe('Đã hủy');
    expect(log[logRowOf(42)].slice(0, 9)).toEqual([
      42,
      1,
      41,
      // A real date-time number, shown dd/mm/yyyy hh:mm.
      localDateTime('2021-05-20T14:05:00')!.serial,
      'Cô Hoa',
      'Hủy',
      null,
      null,
      41,
    ]);
  });

  it('the biên bản reads the figures and decisions back from "Kiểm phiếu"', () => {
    const sheet = rig.book.values('Biên bản kiểm phiếu');
    const text = sheet.map((r) => r.filter((v) => v !== null && v !== '').join(' | '));
    // The official form's heading (writeOfficialHeader): too long for the left block, the parent body breaks
    // after its kind, never inside "thị xã".
    expect(text.slice(0, 3)).toEqual([
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'THỊ XÃ THUẬN AN | Độc lập – Tự do – Hạnh phúc',
      expect.stringMatching(/^TRƯỜNG TIỂU HỌC BÌNH HÒA 2 \| _+$/),
    ]);
    expect(text).toContain('Thuận An, ngày … tháng … năm …');
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(text).toContain('Số phiếu phát ra: | 41 | phiếu');
    expect(text).toContain('Số phiếu thu vào: | 41 | phiếu');
    expect(text).toContain('Số phiếu hợp lệ: | 40 | phiếu');
    expect(text).toContain('Số phiếu không hợp lệ: | 1 | phiếu');
    expect(text).toContain('Hình thức: | Bỏ phiếu kín');
    const table = sheet.filter((r) => typeof r[0] === 'number');
    expect(table.map((r) => [r[0], r[1], r[2], r[3], r[5]])).toEqual([
      [1, 'Nguyễn Văn An', 'LĐTT', 29, 'Đạt'],
      [2, 'Trần Thị Bình', 'LĐTT', 28, 'Không đạt'],
    ]);
    expect(table[0][4]).toBeCloseTo(29 / 41, 9);
  });
});

describe('worked examples, sheet against domain', () => {
  it('40 of 61 present: no quorum, nobody passes, the sheet says why', () => {
    const rig = new MeetingRig(SEED_003_PROFILE, meeting({ present: 40, candidates: [AN] }));
    rig.applyAll(ballotsFor(AN, { agree: 40 }));
    check(rig);
    expect(rig.countValue(rig.count.map.quorumMet)).toBe('Không');
    expect(rig.countValue(rig.count.map.quorumSentence)).toBe(
      'Không đủ túc số: có mặt 40/61 người, cần ít nhất 41 người; cuộc họp không được xét danh hiệu.',
    );
    expect(rig.countValue(cellsOf(rig, 1, key(AN)).result)).toBe('Không đạt');
  });

  it('exactly 70% (28 of 40) passes and 27 of 40 does not', () => {
    for (const [agree, result] of [
      [28, 'Đạt'],
      [27, 'Không đạt'],
    ] as const) {
      const rig = new MeetingRig(
        SEED_003_PROFILE,
        meeting({ totalMembers: 55, present: 40, candidates: [AN] }),
      );
      rig.applyAll(ballotsFor(AN, { agree, disagree: 40 - agree }));
      check(rig);
      expect(rig.countValue(cellsOf(rig, 1, key(AN)).result)).toBe(result);
    }
  });

  it('CSTĐ tỉnh: 9 present + 1 written of 11 council members reaches 90%', () => {
    const m: Meeting = meeting({ totalMembers: 11, present: 9, candidates: [DUNG] });
    const rig = new MeetingRig(SEED_003_PROFILE, m);
    rig.applyAll([
      {
        kind: 'written',
        vote: { round: 1, memberName: 'Võ Văn Kiên', marks: marks([DUNG, 'agree']) },
        enteredBy: 'x',
        enteredAt: 't',
      },
      ...ballotsFor(DUNG, { agree: 9 }),
    ]);
    check(rig);
    const c = cellsOf(rig, 1, key(DUNG));
    expect([c.ballotAgree, c.writtenAgree, c.agree, c.base, c.result].map((a) => rig.countValue(a))).toEqual([
      9,
      1,
      10,
      11,
      'Đạt',
    ]);
  });

  it('CSTĐCS under NĐ 98/2023: 8 of 11 council members (72,73%) fails the 80%', () => {
    const rig = new MeetingRig(
      ND_98_2023_PROFILE,
      meeting({ totalMembers: 11, present: 10, candidates: [CHI] }),
    );
    rig.applyAll(ballotsFor(CHI, { agree: 8, disagree: 2 }));
    check(rig);
    expect(rig.countValue(cellsOf(rig, 1, key(CHI)).result)).toBe('Không đạt');
  });

  it('an open result shows "cần thêm" as the domain does', () => {
    const rig = new MeetingRig(SEED_003_PROFILE, meeting({ present: 41, candidates: [AN] }));
    rig.applyAll(ballotsFor(AN, { agree: 20 }));
    check(rig);
    const c = cellsOf(rig, 1, key(AN));
    expect([c.result, c.needed, c.remaining].map((a) => rig.countValue(a))).toEqual(['Chưa xong', 9, 21]);
    expect(rig.countValue(c.reason)).toBe(
      'Đang kiểm: 20/41 phiếu đồng ý; cần thêm 9 phiếu đồng ý trong 21 phiếu chưa kiểm.',
    );
  });

  it('a manual count, then a second round entered ballot by ballot', () => {
    const m = meeting({ present: 41, candidates: [AN, BINH] });
    const withRound2: Meeting = {
      ...m,
      rounds: [...m.rounds, { round: 2, issued: 41, candidateKeys: [key(BINH)] }],
    };
    const rig = new MeetingRig(SEED_003_PROFILE, withRound2);
    const count: BallotEvent = {
      kind: 'count',
      count: {
        round: 1,
        returned: 41,
        invalid: 1,
        perCandidate: { [key(AN)]: { agree: 30, disagree: 9 }, [key(BINH)]: { agree: 25, disagree: 15 } },
        enteredBy: 'Thư ký',
        enteredAt: 't',
      },
    };
    rig.applyAll([count, ...ballotsFor(BINH, { agree: 29, disagree: 12 }, [], 1, 2)]);
    check(rig);
    expect(rig.countValue(cellsOf(rig, 1, key(AN)).blank)).toBe(1);
    expect(rig.countValue(cellsOf(rig, 1, key(BINH)).result)).toBe('Không đạt');
    expect(rig.countValue(cellsOf(rig, 2, key(BINH)).result)).toBe('Đạt');
  });
});

describe('rules edited on "Quy chế" recompute the sheet, and the domain agrees', () => {
  it('raising LĐTT to 75% fails An (29 of 41 = 70,73%)', () => {
    const rig = fullMeeting();
    rig.setSetting('vote.title.LDTT.threshold', 75);
    expect(rig.countValue(cellsOf(rig, 1, key(AN)).result)).toBe('Không đạt');
    const { profile, meeting: m, issues } = readVoteSettings(readQuyCheEntries(rig.book.values('Quy chế')));
    expect(issues).toEqual([]);
    expect(profile.perTitle.LDTT.threshold.percent).toBe(75);
    const domain = tallyMeeting(profile, m, rig.state);
    expect(domain.rounds[0].candidates[0].status).toBe('failed');
    expect(
      compareLogWithCounts(
        rig.book.values(rig.log.sheetName),
        rig.book.values('Kiểm phiếu'),
        rig.count.map,
        profile,
        m,
      ),
    ).toEqual([]);
  });

  it('switching the base to valid ballots passes Bình (28 of 40 = 70%)', () => {
    const rig = fullMeeting();
    rig.setSetting('vote.title.LDTT.base', 'Số phiếu hợp lệ');
    expect(rig.countValue(cellsOf(rig, 1, key(BINH)).base)).toBe(40);
    expect(rig.countValue(cellsOf(rig, 1, key(BINH)).result)).toBe('Đạt');
    const { profile } = readVoteSettings(readQuyCheEntries(rig.book.values('Quy chế')));
    expect(
      compareLogWithCounts(
        rig.book.values(rig.log.sheetName),
        rig.book.values('Kiểm phiếu'),
        rig.count.map,
        profile,
        rig.meeting,
      ),
    ).toEqual([]);
  });

  it('changing the counting rule recounts over-marked ballots', () => {
    const m = meeting({ present: 41, candidates: [AN, BINH], seats: { LDTT: 1 }, countingRule: 'invalid' });
    const rig = new MeetingRig(SEED_003_PROFILE, m);
    rig.applyAll([
      record(ballot(1, marks([AN, 'agree'], [BINH, 'agree']))),
      record(ballot(2, marks([AN, 'agree'], [BINH, 'disagree']))),
      record(ballot(3, {})),
    ]);
    check(rig);
    expect(rig.countValue(rig.count.map.rounds[0].cells.invalid)).toBe(2);
    rig.setSetting('vote.meeting.countingRule', 'Dòng đó để trống');
    const { meeting: edited } = readVoteSettings(readQuyCheEntries(rig.book.values('Quy chế')));
    expect(edited.countingRule).toBe('rowBlank');
    expect(rig.countValue(rig.count.map.rounds[0].cells.invalid)).toBe(0);
    expect(rig.countValue(cellsOf(rig, 1, key(AN)).agree)).toBe(1);
    expect(
      compareLogWithCounts(
        rig.book.values(rig.log.sheetName),
        rig.book.values('Kiểm phiếu'),
        rig.count.map,
        rig.profile,
        edited,
      ),
    ).toEqual([]);
  });
});

describe('the check shows any disagreement between the log and the counts', () => {
  it('a status cell edited by hand: the count changes, the replay does not, both are reported', () => {
    const rig = fullMeeting();
    rig.book.setCell(rig.log.sheetName, logRowOf(1), LOG_COLUMNS.status, 'Đã hủy');
    const issues = compareLogWithCounts(
      rig.book.values(rig.log.sheetName),
      rig.book.values('Kiểm phiếu'),
      rig.count.map,
      rig.profile,
      rig.meeting,
    );
    const codes = issues.map((i) => i.code);
    expect(codes).toContain('vote.log.status-mismatch');
    expect(codes).toContain('vote.compare.mismatch');
    const agree = issues.find((i) => i.location?.address === cellsOf(rig, 1, key(AN)).agree)!;
    expect(agree.message).toContain('ghi 28, nhưng tính lại từ Nhật ký phiếu được 29');
    expect(agree.message).toContain('Nguyễn Văn An, LĐTT, vòng 1');
  });

  it('a formula overwritten with a number on "Kiểm phiếu"', () => {
    const rig = fullMeeting();
    const address = cellsOf(rig, 1, key(BINH)).agree;
    const { row, col } = { row: Number(address.slice(1)) - 1, col: address.charCodeAt(0) - 65 };
    rig.book.setCell('Kiểm phiếu', row, col, 29);
    const issues = compareLogWithCounts(
      rig.book.values(rig.log.sheetName),
      rig.book.values('Kiểm phiếu'),
      rig.count.map,
      rig.profile,
      rig.meeting,
    );
    expect(issues.map((i) => i.location?.address)).toContain(address);
  });

  it('a log longer than the formulas read', () => {
    const rig = new MeetingRig(SEED_003_PROFILE, meeting({ candidates: [AN] }), 5);
    rig.applyAll(ballotsFor(AN, { agree: 7 }));
    const issues = compareLogWithCounts(
      rig.book.values(rig.log.sheetName),
      rig.book.values('Kiểm phiếu'),
      rig.count.map,
      rig.profile,
      rig.meeting,
      { logCapacity: 5 },
    );
    expect(issues[0]).toMatchObject({ code: 'vote.compare.log-beyond-capacity' });
    expect(issues[0].message).toContain('2 dòng cuối');
    expect(issues.some((i) => i.code === 'vote.compare.mismatch')).toBe(true);
  });

  it('a custom profile the sheet does not know about disagrees with the sheet', () => {
    const rig = fullMeeting();
    const stricter = customProfile(SEED_003_PROFILE);
    stricter.perTitle.LDTT.threshold.percent = 75;
    const issues = compareLogWithCounts(
      rig.book.values(rig.log.sheetName),
      rig.book.values('Kiểm phiếu'),
      rig.count.map,
      stricter,
      rig.meeting,
    );
    expect(issues.map((i) => i.location?.address)).toEqual([cellsOf(rig, 1, key(AN)).result]);
  });
});
