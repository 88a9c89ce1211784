import { sampleFullCase } from '../../../src/domain/sample';
import { buildMeetingSheets } from '../../../src/excel/operations/votes-workbook';
import { sheetRef } from '../../../src/layout/a1';
import type { CellValue, SheetSpec } from '../../../src/layout/grid';
import {
  BALLOT_LOG_SHEET,
  LOG_FIRST_DATA_ROW,
  readBallotLog,
  readVoteSettings,
} from '../../../src/layout/votes';
import { readQuyCheEntries } from '../../../src/layout/quy-che';
import { buildCaseWorkbook, readCaseWorkbook, type ReadCaseResult } from '../../../src/layout/workbook';
import { sessionEvents, undoLast } from '../../../src/domain/votes/tally/session';
import { startSession } from '../../../src/taskpane/state/votes-session';
import {
  MEETING_KEYS,
  meeting61,
  type,
  validBallotsProfile,
  votes61,
} from '../../domain/votes/tally/fixtures';

/** The values a sheet would show, formulas left as their text (enough to read settings and the log back). */
function values(sheet: SheetSpec): CellValue[][] {
  return sheet.cells.map((row) =>
    Array.from(row, (cell) => (cell === undefined ? null : 'formula' in cell ? cell.formula : cell.value)),
  );
}

function sampleRead(): ReadCaseResult {
  const built = buildCaseWorkbook(sampleFullCase());
  const sheets = Object.fromEntries(built.spec.sheets.map((s) => [s.name, values(s)]));
  const read = readCaseWorkbook(sheets);
  if ('missing' in read) throw new Error('sample workbook not read');
  return read;
}

describe('saving the meeting setup rebuilds "Quy chế" and the vote sheets, nothing else', () => {
  const read = sampleRead();
  const original = buildCaseWorkbook(sampleFullCase()).spec;
  const names = original.sheets.map((s) => s.name);

  test('an unchanged setup gives back the same "Quy chế", cell for cell, and the same names into it', () => {
    const { spec } = buildMeetingSheets(read, read.schoolCase.votes!, names);
    expect(spec.sheets.map((s) => s.name)).toEqual([
      'Quy chế',
      'Nhật ký phiếu',
      'Kiểm phiếu',
      'Biên bản kiểm phiếu',
    ]);
    const quyChe = original.sheets.find((s) => s.name === 'Quy chế')!;
    expect(spec.sheets[0].cells).toEqual(quyChe.cells);
    const intoQuyChe = original.names.filter((n) => n.reference.startsWith(`${sheetRef('Quy chế')}!`));
    expect(spec.names).toEqual(intoQuyChe);
    expect(spec.names.some((n) => n.name === 'TD_Vote_Present')).toBe(true);
  });

  test('the new profile and meeting are what "Quy chế" then says', () => {
    const votes = votes61();
    const { spec } = buildMeetingSheets(read, votes, names);
    const settings = readVoteSettings(readQuyCheEntries(values(spec.sheets[0])));
    expect(settings.issues).toEqual([]);
    expect(settings.meeting).toEqual(meeting61());
    expect(settings.profile.perTitle.CSTDCS).toMatchObject({
      base: 'validBallots',
      threshold: { percent: 70 },
    });
  });

  test('41 ballots, an undo and a re-entry: the rebuilt log holds every entry and replays to the same state', () => {
    let session = type(startSession(votes61(), BALLOT_LOG_SHEET), MEETING_KEYS.slice(0, 10));
    const undo = undoLast(session, 'Thư ký', 't');
    session = type(undo.session, MEETING_KEYS.slice(9));
    const events = sessionEvents(session);
    const { spec, votes } = buildMeetingSheets(read, votes61({ events }), names);
    expect(votes.state).toEqual(session.state);
    const log = spec.sheets.find((s) => s.name === BALLOT_LOG_SHEET)!;
    expect(log.cells.length - LOG_FIRST_DATA_ROW).toBe(43);
    const back = readBallotLog(values(log), meeting61());
    expect(back.issues).toEqual([]);
    expect(back.state).toEqual(session.state);
  });

  test('a workbook whose vote sheets got "(2)" names keeps them; a missing one gets its own name', () => {
    const existing = [...names.filter((n) => n !== 'Biên bản kiểm phiếu'), 'Kiểm phiếu (2)'];
    const { spec } = buildMeetingSheets(read, votes61(), existing);
    expect(spec.sheets.map((s) => s.name)).toEqual([
      'Quy chế',
      'Nhật ký phiếu',
      'Kiểm phiếu (2)',
      'Biên bản kiểm phiếu',
    ]);
  });

  test('a setup that would drop an entered ballot is refused before anything is written', () => {
    const session = type(startSession(votes61(), BALLOT_LOG_SHEET), ['a']);
    const shrunk = votes61({ meeting: meeting61({ candidates: [] }), events: sessionEvents(session) });
    expect(() => buildMeetingSheets(read, shrunk, names)).toThrow(
      /^Không thể lưu thiết lập vì sẽ làm mất phiếu đã nhập: Phiếu số 1 đánh dấu ứng viên/,
    );
  });

  test('the profile of the school stays the school’s: a custom profile is written back as custom', () => {
    const { spec } = buildMeetingSheets(read, votes61({ profile: validBallotsProfile() }), names);
    const settings = readVoteSettings(readQuyCheEntries(values(spec.sheets[0])));
    expect(settings.profile.id).toBe('custom');
  });
});
