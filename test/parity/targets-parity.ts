/** The parity check of the targets sheets: every number and word they compute equals the domain's. */
import type { TargetsInput } from '../../src/domain/targets';
import { OUTCOME_LABELS, VERDICT_LABELS } from '../../src/domain/targets';
import { cellAddress } from '../../src/layout/a1';
import { CAP_TEXT, CHI_TIEU_SHEET, DANG_KY_SHEET, TARGET_COLUMNS } from '../../src/layout/targets';
import type { BuiltWorkbook } from '../layout/targets/build-workbook';

/** Every number and word the sheets compute must equal the domain's. */
export function expectParity(built: BuiltWorkbook, input: TargetsInput): void {
  const { evaluation, targets, registration, workbook } = built;
  const cell = (row: number, col: number) => workbook.value(CHI_TIEU_SHEET, cellAddress(row, col));
  for (const t of evaluation.targets) {
    const row = targets.layout.rows.get(t.target.id)!;
    const c = TARGET_COLUMNS;
    const where = `${t.target.id} (dòng ${row + 1})`;
    // An empty result cell of a union / organisation target means "not entered", counted as 0 like the domain.
    const manual = t.target.kind === 'union' || t.target.kind === 'organisationRating';
    const result = manual ? (cell(row, c.result) ?? 0) : cell(row, c.result);
    expect([where, result]).toEqual([where, t.result]);
    expect([where, cell(row, c.gap)]).toEqual([where, t.gap]);
    expect([where, cell(row, c.status)]).toEqual([where, OUTCOME_LABELS[t.status]]);
    if (t.pool !== null) {
      expect([where, cell(row, c.pool)]).toEqual([where, t.pool]);
      expect([where, cell(row, c.registered)]).toEqual([where, t.counts!.registered]);
    }
  }
  const unit = registration.layout.unit;
  const unitRow = ({ subject }: (typeof evaluation.teams)[number]) =>
    subject.kind === 'school'
      ? unit.schoolRow
      : unit.firstRow + input.teams.findIndex((x) => x.id === subject.id);
  for (const s of evaluation.teams) {
    const row = unitRow(s);
    const where = `${s.teamName} ${s.titleId}`;
    const at = (col: number) => workbook.value(DANG_KY_SHEET, cellAddress(row, col));
    expect([where, at(unit.cols.eligible[s.titleId]!)]).toEqual([
      where,
      VERDICT_LABELS[s.eligibility.verdict],
    ]);
    expect([where, at(unit.cols.members)]).toEqual([where, s.members]);
    expect([where, at(unit.cols.ldttCount)]).toEqual([where, s.membersWithLdtt]);
    expect([where, at(unit.cols.cstdcsCount)]).toEqual([where, s.membersWithCstdcs]);
  }
  if (targets.layout.capConclusion) {
    const flagged = evaluation.flags.some((f) => f.code === 'targets.cap.cstdcs-plan');
    expect(workbook.value(CHI_TIEU_SHEET, targets.layout.capConclusion)).toBe(
      flagged ? CAP_TEXT.over : CAP_TEXT.within,
    );
  }
}
