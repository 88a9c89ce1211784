/**
 * A meeting held in a HyperFormula workbook: the vote sheets are built from the layout, every accepted event
 * is appended to "Nhật ký phiếu" exactly as the adapter would (one row, plus one status cell), and the
 * domain state is kept alongside so tests can compare the two.
 */
import {
  applyEvent,
  EMPTY_BALLOT_STATE,
  type BallotEvent,
  type BallotState,
  type Meeting,
  type RuleProfile,
} from '../../../src/domain/votes';
import type { SchoolInfo } from '../../../src/domain/school/types';
import {
  ballotLogLayout,
  buildBallotLogSheet,
  buildCountSheet,
  buildMinutesSheet,
  logRowForEvent,
  voteSettingsSection,
  type BallotLogLayout,
  type CountSheetMap,
} from '../../../src/layout/votes';
import type { SheetSpec } from '../../../src/layout/grid';
import { buildQuyCheSheet, QUY_CHE_SHEET, type BuiltQuyChe } from '../../../src/layout/quy-che';
import { FormulaWorkbook } from '../../support/hyperformula';

export const SCHOOL: SchoolInfo = {
  name: 'Trường Tiểu học Bình Hòa 2',
  schoolYear: '2020-2021',
  parentBody: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
  place: 'Thuận An',
  yearStart: '2020-09-01',
  yearEnd: '2021-05-31',
};

export class MeetingRig {
  readonly log: BallotLogLayout;
  readonly count: { sheet: SheetSpec; map: CountSheetMap };
  readonly minutes: SheetSpec;
  readonly quyChe: BuiltQuyChe;
  readonly book: FormulaWorkbook;
  state: BallotState = EMPTY_BALLOT_STATE;
  /** Cells written per event, to check the one-row-per-ballot promise. */
  readonly writes: { cells: number; rows: Set<number> }[] = [];

  constructor(
    readonly profile: RuleProfile,
    readonly meeting: Meeting,
    capacity?: number,
    school: SchoolInfo = SCHOOL,
  ) {
    // Tests read 100 log rows unless told otherwise: HyperFormula recounts every range on each append.
    this.log = ballotLogLayout(meeting, { capacity: capacity ?? 100 });
    this.count = buildCountSheet(meeting, this.log);
    this.minutes = buildMinutesSheet(school, meeting, this.count.map);
    this.quyChe = buildQuyCheSheet(QUY_CHE_SHEET, 'QUY CHẾ THI ĐUA', [
      { section: voteSettingsSection(profile, meeting) },
    ]);
    this.book = new FormulaWorkbook(
      [this.quyChe.sheet, buildBallotLogSheet(this.log), this.count.sheet, this.minutes],
      this.quyChe.names,
    );
  }

  /** Applies the event in the domain and, when accepted, writes it to the log; returns the refusal if any. */
  apply(event: BallotEvent): string | null {
    const result = applyEvent(this.state, event, this.meeting);
    if (!result.ok) return result.issue.message;
    this.state = result.state;
    const append = logRowForEvent(this.log, this.state);
    const rows = new Set([append.row]);
    // One batch, as the adapter's single context.sync(): the row, the seal and the status cell land together.
    this.book.hf.batch(() => {
      this.book.setRow(this.log.sheetName, append.row, append.cells);
      const seal = append.sealUpdate;
      seal.values.forEach((v, i) => this.book.setCell(this.log.sheetName, seal.row, seal.col + i, v));
      rows.add(seal.row);
      if (append.statusUpdate) {
        const { row, col, value } = append.statusUpdate;
        this.book.setCell(this.log.sheetName, row, col, value);
        rows.add(row);
      }
    });
    this.writes.push({
      cells: append.cells.length + append.sealUpdate.values.length + (append.statusUpdate ? 1 : 0),
      rows,
    });
    return null;
  }

  applyAll(events: BallotEvent[]): void {
    for (const e of events) {
      const refused = this.apply(e);
      if (refused) throw new Error(`Refused: ${refused}`);
    }
  }

  /** Edits a "Quy chế" value, as a user typing in the sheet. */
  setSetting(key: string, value: string | number | null): void {
    const address = this.quyChe.layout.entries[key];
    if (address === undefined) throw new Error(`no setting ${key}`);
    this.book.set(QUY_CHE_SHEET, address, value);
  }

  countValue(address: string) {
    return this.book.value(this.count.map.sheetName, address);
  }
}
