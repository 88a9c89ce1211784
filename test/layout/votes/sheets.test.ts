import { isFormulaCell, type SheetSpec } from '../../../src/layout/grid';
import {
  EMPTY_BALLOT_STATE,
  SEED_003_PROFILE,
  type BallotEvent,
  type Meeting,
} from '../../../src/domain/votes';
import {
  ballotLogLayout,
  buildBallotLogSheet,
  buildCountSheet,
  buildMinutesSheet,
  placeAndDate,
  voteSettingsSection,
} from '../../../src/layout/votes';
import { AN, BINH, CHI, applyAll, ballot, key, marks, meeting, record } from '../../domain/votes/fixtures';
import { SCHOOL } from './rig';

const m: Meeting = meeting({
  candidates: [AN, BINH, CHI],
  seats: { LDTT: 1 },
  rounds: [
    { round: 1, issued: 41 },
    { round: 2, issued: 41, candidateKeys: [key(BINH)] },
  ],
  tellers: [
    { name: 'Nguyễn Thị Hoa', role: 'Trưởng ban' },
    { name: 'Lê Văn Tâm', role: 'Thành viên' },
  ],
  date: '2021-05-20',
});
const log = ballotLogLayout(m);
const events: BallotEvent[] = [
  record(ballot(1, marks([AN, 'agree'], [CHI, 'disagree']))),
  { kind: 'undo', round: 1, lastNumber: 1, enteredBy: 'x', enteredAt: 't' },
  {
    kind: 'written',
    vote: { round: 1, memberName: 'Đỗ Thị Lan', marks: marks([AN, 'agree']) },
    enteredBy: 'x',
    enteredAt: 't',
  },
];
const logSheet = buildBallotLogSheet(log, applyAll(EMPTY_BALLOT_STATE, events, m));
const count = buildCountSheet(m, log);
const minutes = buildMinutesSheet(SCHOOL, m, count.map);
const definedNames = new Set(
  voteSettingsSection(SEED_003_PROFILE, m).entries.flatMap((e) => (e.name ? [e.name] : [])),
);

const formulas = (sheet: SheetSpec): string[] =>
  sheet.cells.flatMap((row) => row.flatMap((c) => (isFormulaCell(c) ? [c.formula] : [])));

const ALLOWED = new Set([
  'IF',
  'AND',
  'OR',
  'COUNTIF',
  'COUNTIFS',
  'SUMIFS',
  'ISNUMBER',
  'MAX',
  'ROUND',
  'ROUNDUP',
  'LOWER',
  // The attendance check and the STT continuity cell on "Kiểm phiếu": all three engines have these.
  'NOT',
  'INT',
  'IFERROR',
  'COUNT',
  'COUNTA',
  'INDEX',
  'SUMPRODUCT',
]);

describe.each([
  ['Nhật ký phiếu', logSheet],
  ['Kiểm phiếu', count.sheet],
  ['Biên bản kiểm phiếu', minutes],
])('formulas on %s', (_name, sheet) => {
  const all = formulas(sheet);
  it('exist', () => expect(all.length).toBeGreaterThan(0));
  it('use only functions HyperFormula and every Excel evaluate, none volatile', () => {
    for (const f of all) {
      for (const [, fn] of f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(ALLOWED).toContain(fn);
    }
  });
  it('never read a whole column', () => {
    for (const f of all) expect(f).not.toMatch(/(^|[^A-Z$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}([^0-9A-Z]|$)/);
  });
  it('read only names the "Quy chế" section defines', () => {
    for (const f of all)
      for (const [name] of f.matchAll(/TD_Vote_[A-Za-z0-9_]+/g)) expect(definedNames).toContain(name);
  });
});

describe('"Kiểm phiếu"', () => {
  it('reads the log over bounded ranges of 500 rows', () => {
    const f = formulas(count.sheet).join('\n');
    expect(f).toContain("'Nhật ký phiếu'!$H$4:$H$503");
    expect(f).not.toContain('$H$504');
  });
  it('has one row per round and per candidate of each round', () => {
    expect(count.map.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(count.map.candidates.map((c) => `${c.round}:${c.key}`)).toEqual([
      '1:LDTT:GV01',
      '1:LDTT:GV02',
      '1:CSTDCS:GV03',
      '2:LDTT:GV02',
    ]);
  });
  it('decides on whole numbers, never on the rounded percentage', () => {
    const result = count.sheet.cells[count.map.candidates[0].row][14];
    expect(isFormulaCell(result) && result.formula).toContain('*10000>=ROUND(');
  });
  it('colours the results and is protected', () => {
    expect(count.sheet.protect).toBe(true);
    expect(count.sheet.conditionalFormats?.map((c) => c.equals)).toEqual([
      'Đạt',
      'Không đạt',
      'Chưa xong',
      'Không',
      'Không',
    ]);
    expect(count.sheet.conditionalFormats?.[4]).toMatchObject({
      range: count.map.logContinuous,
      fill: '#FF0000',
    });
  });
});

describe('"Biên bản kiểm phiếu"', () => {
  const text = minutes.cells.flatMap((row) =>
    row.flatMap((c) => (c && !isFormulaCell(c) ? [String(c.value)] : [])),
  );
  it('is A4 in Times New Roman 13', () => {
    expect(minutes.pageSetup).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: true });
    expect(minutes.styles?.[0]).toMatchObject({
      range: expect.stringMatching(/^A1:F\d+$/),
      style: { fontName: 'Times New Roman', fontSize: 13 },
    });
  });
  it('has the national motto, the unit, the place and date', () => {
    expect(text).toEqual(
      expect.arrayContaining([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập – Tự do – Hạnh phúc',
        'TRƯỜNG TIỂU HỌC BÌNH HÒA 2',
        'Thuận An, ngày 20 tháng 5 năm 2021',
        'BIÊN BẢN KIỂM PHIẾU',
        'Bình xét danh hiệu thi đua năm học 2020-2021',
      ]),
    );
  });
  it('names the ban kiểm phiếu and has the signature block', () => {
    expect(text).toEqual(
      expect.arrayContaining([
        '1. Nguyễn Thị Hoa – Trưởng ban',
        '2. Lê Văn Tâm – Thành viên',
        'TRƯỞNG BAN KIỂM PHIẾU',
        'Nguyễn Thị Hoa',
      ]),
    );
  });
  it('signs for the Trưởng ban only: a Phó trưởng ban listed first is not named as the head', () => {
    const deputyFirst = meeting({
      ...m,
      tellers: [
        { name: 'Phạm Văn Hùng', role: 'Phó trưởng ban' },
        { name: 'Nguyễn Thị Hoa', role: 'Trưởng ban' },
      ],
    });
    const sheet = buildMinutesSheet(SCHOOL, deputyFirst, buildCountSheet(deputyFirst, log).map);
    const cells = sheet.cells.flatMap((row) => row.flatMap((c) => (c && 'value' in c ? [c.value] : [])));
    const signTitle = cells.indexOf('TRƯỞNG BAN KIỂM PHIẾU');
    expect(cells.slice(signTitle)).toContain('Nguyễn Thị Hoa');
    expect(cells.slice(signTitle)).not.toContain('Phạm Văn Hùng');
  });
  it('takes every figure from "Kiểm phiếu" or the "Quy chế" names', () => {
    for (const f of formulas(minutes)) expect(f).toMatch(/^='Kiểm phiếu'!|^=TD_Vote_/);
  });
  it('leaves place and date to fill in when there is no date', () => {
    expect(placeAndDate('Thuận An')).toBe('Thuận An, ngày … tháng … năm …');
  });
});
