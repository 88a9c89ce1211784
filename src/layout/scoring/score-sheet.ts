/**
 * One scoring sheet per round (or per month of a monthly round): a row per person, a block of columns per
 * criterion with one input column per level and a formula column with the criterion's score, then the
 * period's totals. Formulas mirror domain/scoring/evaluate.ts:
 *
 *   score  points:    IF(ISNUMBER(council),council,IF(ISNUMBER(team),team,IF(ISNUMBER(self),self,"")))
 *          deduction: IF(COUNT(levels)=0,"",MAX(0,max−chosen×step))
 *          bonus:     IF(COUNT(levels)=0,"",MIN(cap,chosen))
 *   total  ROUND(IF(applicableMax>0,rawSum×TD_TongDiem/applicableMax,0)+bonus,2)
 *
 * A criterion that does not apply to a person's role gets grey, locked input cells and no score.
 *
 * Each row carries its mã cán bộ as a value (column B); name, tổ and role are looked up on "Danh sách" by
 * it, so sorting either sheet keeps every score with its person. Every formula of a row refers to its own
 * row only (relative), so a sort that moves the row moves its formulas with it.
 */
import { applicableCriteria, orderedLevels } from '../../domain/scoring/criteria';
import type { InputIndex } from '../../domain/scoring/input-index';
import type {
  AssessmentLevel,
  Criterion,
  ScoringConfig,
  ScoringMonth,
  ScoringRound,
} from '../../domain/scoring/types';
import type { SchoolRoster } from '../../domain/school/types';
import { unitKindOf, unitTermsOf } from '../../domain/school/units';
import { formatNumberAsTyped, formatVietnameseDate } from '../../domain/text';
import { cellAddress, columnLetter, rangeAddress, sheetRef } from '../a1';
import type { DataValidationSpec, SheetSpec, StyledRange } from '../grid';
import { FLOORS_MET, FLOORS_NOT_MET } from './map';
import type { CriterionColumns, ScoreSheetMap } from './map';
import { COLORS, Grid, landscape, TOTAL_FORMAT, headingStyles } from './sheet-kit';
import { keyCell, lookupByKey } from './key-lookup';
import type { ColumnRange } from './key-lookup';
import { levelHeadersOf } from './unit-words';

export const SCORE_ROWS = {
  title: 0,
  subtitle: 1,
  criterionHeader: 2,
  levelHeader: 3,
  max: 4,
  firstData: 5,
} as const;
export const SCORE_FIXED_COLUMNS = { index: 0, code: 1, name: 2, team: 3, role: 4 } as const;
const FIRST_BLOCK_COLUMN = 5;

/** Header of the first column after the criteria: a reader checks the criteria end there. */
export const RAW_SUM_HEADER = 'Điểm các tiêu chí';

/** Where the linked settings live: "Danh sách" rows and "Tiêu chí" cells. */
export interface ScoreSheetLinks {
  /** The data rows of "Danh sách". */
  staff: ColumnRange;
  staffColumns: { code: number; name: number; team: number; role: number };
  criteriaSheet: string;
  criteriaRows: Record<string, number>;
  criteriaColumns: { max: number; step: number; floor: number };
  totalPointsName: string;
}

export interface ScoreSheetRequest {
  sheetName: string;
  round: ScoringRound;
  month?: ScoringMonth;
  roster: SchoolRoster;
  config: ScoringConfig;
  /** Criteria with unique ids, in config order (a duplicated id keeps its first criterion). */
  criteria: Criterion[];
  inputs: InputIndex;
  links: ScoreSheetLinks;
}

function validationFor(criterion: Criterion, range: string): DataValidationSpec {
  const max = formatNumberAsTyped(criterion.max);
  switch (criterion.kind) {
    case 'points':
      return {
        range,
        kind: 'decimal',
        min: 0,
        max: criterion.max,
        errorMessage: `Tiêu chí ${criterion.id}: hãy nhập điểm từ 0 đến ${max} (được dùng số thập phân, ví dụ 9,5).`,
        prompt: `Điểm từ 0 đến ${max}`,
      };
    case 'deduction': {
      const step = formatNumberAsTyped(criterion.deductionStep ?? 0);
      return {
        range,
        kind: 'whole',
        min: 0,
        errorMessage: `Tiêu chí ${criterion.id}: hãy nhập số lần vi phạm, là số nguyên từ 0 trở lên (mỗi lần trừ ${step} điểm).`,
        prompt: `Số lần vi phạm (mỗi lần trừ ${step} điểm)`,
      };
    }
    case 'bonus':
      return {
        range,
        kind: 'decimal',
        min: 0,
        max: criterion.max,
        errorMessage: `Tiêu chí ${criterion.id}: hãy nhập điểm thưởng từ 0 đến ${max}.`,
        prompt: `Điểm thưởng, tối đa ${max}`,
      };
  }
}

/** Rows (0-based, consecutive runs) where `test` holds, as [first, last] pairs. */
function runs(rows: number[], test: (i: number) => boolean): [number, number][] {
  const result: [number, number][] = [];
  rows.forEach((row, i) => {
    if (!test(i)) return;
    const last = result[result.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else result.push([row, row]);
  });
  return result;
}

/**
 * Where everything is on a round (or month) sheet, without building a cell: the columns of each criterion's
 * block and of the totals, and each person's row. buildScoreSheet lays its cells out by this very map;
 * readers that only need the map (readScoringWorkbook) call it alone.
 */
export function scoreSheetMap(
  request: Pick<ScoreSheetRequest, 'sheetName' | 'round' | 'month' | 'roster' | 'config' | 'criteria'>,
): ScoreSheetMap {
  const { round, month, roster, config, criteria } = request;
  const levels = orderedLevels(config);
  // Columns: fixed, then a block per criterion, then totals.
  const blocks: Record<string, CriterionColumns> = {};
  let col = FIRST_BLOCK_COLUMN;
  for (const criterion of criteria) {
    const levelColumns: Partial<Record<AssessmentLevel, number>> = {};
    for (const level of levels) levelColumns[level] = col++;
    blocks[criterion.id] = { levels: levelColumns, score: col++ };
  }
  const columns = {
    rawSum: col,
    applicableMax: col + 1,
    bonus: col + 2,
    total: col + 3,
    floorsMet: col + 4,
    missing: col + 5,
    scoredCount: col + 6,
  };
  const rows: Record<string, number> = {};
  roster.staff.forEach((person, i) => (rows[person.id] = SCORE_ROWS.firstData + i));
  return {
    sheetName: request.sheetName,
    roundId: round.id,
    ...(month ? { monthId: month.id } : {}),
    label: month ? `${round.label} – ${month.label}` : round.label,
    rows,
    maxRow: SCORE_ROWS.max,
    criteria: blocks,
    columns,
  };
}

export function buildScoreSheet(request: ScoreSheetRequest): { sheet: SheetSpec; map: ScoreSheetMap } {
  const { round, month, roster, config, criteria, inputs, links } = request;
  const levels = orderedLevels(config);
  const grid = new Grid();
  const styles: StyledRange[] = [];
  const validations: DataValidationSpec[] = [];
  const merges: string[] = [];
  const map = scoreSheetMap(request);
  const { label, columns } = map;
  const blocks = map.criteria;
  const criteriaRef = sheetRef(links.criteriaSheet);
  const terms = unitTermsOf(roster);
  const schools = unitKindOf(roster) === 'school';
  const levelHeaders = levelHeadersOf(unitKindOf(roster));

  const lastCol = columns.scoredCount;
  const first = SCORE_ROWS.firstData;
  const people = roster.staff;
  const lastRow = Math.max(first, first + people.length - 1);
  const personRows = people.map((_, i) => first + i);

  // Headings.
  grid.value(SCORE_ROWS.title, 0, `BẢNG LƯỢNG HÓA THI ĐUA – ${label.toLocaleUpperCase('vi')}`);
  const dates =
    round.start && round.end
      ? ` (từ ${formatVietnameseDate(round.start)} đến ${formatVietnameseDate(round.end)})`
      : '';
  grid.value(
    SCORE_ROWS.subtitle,
    0,
    `${roster.info.name}, năm học ${roster.info.schoolYear}${month ? '' : dates}. ` +
      (schools
        ? 'Nhập điểm vào ô trắng; điểm của tiêu chí là mức cao nhất đã nhập (Phòng chấm, rồi cụm chấm, rồi trường tự chấm).'
        : 'Nhập điểm vào ô trắng; điểm của tiêu chí là mức cao nhất đã nhập (hội đồng, rồi tổ, rồi tự đánh giá).'),
  );
  merges.push(rangeAddress(SCORE_ROWS.title, 0, SCORE_ROWS.title, Math.min(lastCol, 12)));
  const fixedHeaders = ['STT', terms.codeHeading, terms.nameHeading, terms.groupHeading, terms.roleHeading];
  fixedHeaders.forEach((header, c) => {
    grid.value(SCORE_ROWS.criterionHeader, c, header);
    merges.push(rangeAddress(SCORE_ROWS.criterionHeader, c, SCORE_ROWS.levelHeader, c));
  });
  grid.value(SCORE_ROWS.max, SCORE_FIXED_COLUMNS.role, 'Điểm tối đa');
  const totalHeaders: [number, string][] = [
    [columns.rawSum, RAW_SUM_HEADER],
    [columns.applicableMax, 'Điểm tối đa áp dụng'],
    [columns.bonus, 'Điểm thưởng'],
    [columns.total, `Tổng điểm (thang ${config.totalPoints})`],
    [columns.floorsMet, 'Điểm sàn'],
    [columns.missing, 'Số tiêu chí chưa chấm'],
    [columns.scoredCount, 'Số tiêu chí đã chấm'],
  ];
  for (const [c, header] of totalHeaders) {
    grid.value(SCORE_ROWS.criterionHeader, c, header);
    merges.push(rangeAddress(SCORE_ROWS.criterionHeader, c, SCORE_ROWS.max, c));
  }
  for (const criterion of criteria) {
    const block = blocks[criterion.id];
    const firstCol = block.levels[levels[0]] ?? block.score;
    const kindNote =
      criterion.kind === 'deduction' ? ' (nhập số lần)' : criterion.kind === 'bonus' ? ' (thưởng)' : '';
    grid.value(SCORE_ROWS.criterionHeader, firstCol, `${criterion.id}. ${criterion.label}${kindNote}`);
    merges.push(rangeAddress(SCORE_ROWS.criterionHeader, firstCol, SCORE_ROWS.criterionHeader, block.score));
    for (const level of levels)
      grid.value(SCORE_ROWS.levelHeader, block.levels[level] as number, levelHeaders[level]);
    grid.value(SCORE_ROWS.levelHeader, block.score, 'Điểm');
    const criterionRow = links.criteriaRows[criterion.id];
    grid.formula(
      SCORE_ROWS.max,
      block.score,
      `${criteriaRef}!${cellAddress(criterionRow, links.criteriaColumns.max, true)}`,
    );
  }

  // One row per person.
  const applies = people.map((person) => new Set(applicableCriteria(config, person.roleId).map((c) => c.id)));
  const maxRef = (c: number) => `${columnLetter(c)}$${SCORE_ROWS.max + 1}`;
  people.forEach((person, i) => {
    const row = personRows[i];
    const r = (c: number) => cellAddress(row, c);
    grid.value(row, SCORE_FIXED_COLUMNS.index, i + 1);
    grid.value(row, SCORE_FIXED_COLUMNS.code, person.id);
    const key = keyCell(row, SCORE_FIXED_COLUMNS.code);
    const shown = (col: number) =>
      lookupByKey(key, links.staff, links.staffColumns.code, col, { text: true, blankIfMissing: true });
    grid.formula(row, SCORE_FIXED_COLUMNS.name, shown(links.staffColumns.name));
    grid.formula(row, SCORE_FIXED_COLUMNS.team, shown(links.staffColumns.team));
    grid.formula(row, SCORE_FIXED_COLUMNS.role, shown(links.staffColumns.role));

    const values = inputs.period(person.id, round.id, month?.id);
    const scoreCells: string[] = [];
    const maxCells: string[] = [];
    const bonusCells: string[] = [];
    const floorTests: string[] = [];
    let counted = 0;
    for (const criterion of criteria) {
      if (!applies[i].has(criterion.id)) continue;
      const block = blocks[criterion.id];
      const typed = values?.get(criterion.id);
      levels.forEach((level, li) => {
        const value = typed?.[li];
        if (value !== undefined) grid.value(row, block.levels[level] as number, value);
      });
      const levelRefs = levels.map((level) => r(block.levels[level] as number));
      // Highest level first: IF(ISNUMBER(council),council,IF(ISNUMBER(team),team,…fallback)).
      const chosen = (refs: string[], fallback: string) =>
        refs.reduce((inner, ref) => `IF(ISNUMBER(${ref}),${ref},${inner})`, fallback);
      // Once COUNT says some level is a number, the lowest level is the last resort.
      const chosenNumber = chosen(levelRefs.slice(1), levelRefs[0]);
      const levelRange = `${levelRefs[0]}:${levelRefs[levelRefs.length - 1]}`;
      const scoreRef = r(block.score);
      switch (criterion.kind) {
        case 'points':
          grid.formula(row, block.score, chosen(levelRefs, '""'));
          break;
        case 'deduction': {
          const step = `${criteriaRef}!${cellAddress(links.criteriaRows[criterion.id], links.criteriaColumns.step, true)}`;
          grid.formula(
            row,
            block.score,
            `IF(COUNT(${levelRange})=0,"",MAX(0,${maxRef(block.score)}-${chosenNumber}*${step}))`,
          );
          break;
        }
        case 'bonus':
          grid.formula(
            row,
            block.score,
            `IF(COUNT(${levelRange})=0,"",MIN(${maxRef(block.score)},${chosenNumber}))`,
          );
          break;
      }
      if (criterion.kind === 'bonus') {
        bonusCells.push(scoreRef);
        continue;
      }
      counted++;
      scoreCells.push(scoreRef);
      maxCells.push(maxRef(block.score));
      if (criterion.floor !== undefined) {
        const floor = `${criteriaRef}!${cellAddress(links.criteriaRows[criterion.id], links.criteriaColumns.floor, true)}`;
        floorTests.push(`IF(ISNUMBER(${scoreRef}),${scoreRef},0)>=${floor}`);
      }
    }
    const sumOrZero = (cells: string[], c: number) =>
      cells.length > 0 ? grid.formula(row, c, `SUM(${cells.join(',')})`) : grid.value(row, c, 0);
    sumOrZero(scoreCells, columns.rawSum);
    sumOrZero(maxCells, columns.applicableMax);
    sumOrZero(bonusCells, columns.bonus);
    const [raw, max, bonus] = [r(columns.rawSum), r(columns.applicableMax), r(columns.bonus)];
    grid.formula(
      row,
      columns.total,
      `ROUND(IF(${max}>0,${raw}*${links.totalPointsName}/${max},0)+${bonus},2)`,
    );
    if (floorTests.length > 0) {
      grid.formula(
        row,
        columns.floorsMet,
        `IF(AND(${floorTests.join(',')}),"${FLOORS_MET}","${FLOORS_NOT_MET}")`,
      );
    } else {
      grid.value(row, columns.floorsMet, FLOORS_MET);
    }
    if (counted > 0) {
      grid.formula(row, columns.missing, `${counted}-COUNT(${scoreCells.join(',')})`);
      // Scored once one criterion is: a period with nothing typed is no result yet (issue 11).
      grid.formula(row, columns.scoredCount, `COUNT(${scoreCells.join(',')})`);
    } else {
      grid.value(row, columns.missing, 0);
      grid.value(row, columns.scoredCount, 0);
    }
  });

  // Styles by ranges: headings, then each block's input columns at once, then grey runs where a criterion
  // does not apply (later styles win).
  styles.push(
    ...headingStyles(rangeAddress(SCORE_ROWS.criterionHeader, 0, SCORE_ROWS.max, lastCol), {
      verticalAlignment: 'center',
    }),
    { range: rangeAddress(first, 0, lastRow, lastCol), style: { borders: true } },
    { range: rangeAddress(first, columns.rawSum, lastRow, lastCol), style: { fill: COLORS.formula } },
    {
      range: rangeAddress(first, columns.total, lastRow, columns.total),
      style: { bold: true, fill: COLORS.total, numberFormat: TOTAL_FORMAT },
    },
  );
  for (const criterion of criteria) {
    const block = blocks[criterion.id];
    const firstLevel = block.levels[levels[0]] as number;
    const lastLevel = block.levels[levels[levels.length - 1]] as number;
    const inputRange = rangeAddress(first, firstLevel, lastRow, lastLevel);
    styles.push({ range: inputRange, style: { locked: false, fill: COLORS.input } });
    styles.push({
      range: rangeAddress(first, block.score, lastRow, block.score),
      style: { fill: COLORS.formula },
    });
    validations.push(validationFor(criterion, inputRange));
    for (const [from, to] of runs(personRows, (i) => !applies[i].has(criterion.id))) {
      styles.push({
        range: rangeAddress(from, firstLevel, to, block.score),
        style: { locked: true, fill: COLORS.notApplicable },
      });
    }
  }

  const widths: number[] = [32, 64, 160, 90, 100];
  for (let c = FIRST_BLOCK_COLUMN; c < columns.rawSum; c++) widths.push(44);
  widths.push(62, 62, 56, 70, 60, 62, 62);
  return {
    sheet: {
      name: request.sheetName,
      cells: grid.cells,
      columnWidths: widths,
      styles,
      merges,
      freeze: { rows: SCORE_ROWS.firstData, columns: SCORE_FIXED_COLUMNS.name + 1 },
      validations,
      protect: true,
      pageSetup: landscape(`$${SCORE_ROWS.criterionHeader + 1}:$${SCORE_ROWS.max + 1}`),
      tabColor: '#BF8F00',
    },
    map,
  };
}
