/** Formatting of the "Đăng ký" sheet: header and border styles, validations, widths, colours of marks. */
import { DISCIPLINE_LABELS } from '../../domain/targets';
import type { TitleId } from '../../domain/titles';
import { RATING_ORDER } from '../../domain/titles';
import { rangeAddress } from '../a1';
import type { CellStyle, ConditionalFormatSpec, DataValidationSpec, StyledRange } from '../grid';
import { COLOURS, REGISTERED_MARK, RESULT_ACHIEVED, RESULT_OUT, VERDICT_TEXT } from './constants';
import { LEVEL_WORDS, UNDER_REVIEW_MARK } from './registration-headers';
import type { RegistrationLayout } from './registration-layout';

export function columnSpan(cols: Partial<Record<TitleId, number>>): [number, number] | undefined {
  const values = Object.values(cols).filter((x): x is number => x !== undefined);
  return values.length > 0 ? [Math.min(...values), Math.max(...values)] : undefined;
}

export function personStyles(layout: RegistrationLayout): StyledRange[] {
  const { firstRow, lastRow, headerRow, groupRow, cols } = layout.person;
  const header: CellStyle = {
    bold: true,
    fill: COLOURS.header,
    wrapText: true,
    borders: true,
    horizontalAlignment: 'center',
    verticalAlignment: 'center',
  };
  const styles: StyledRange[] = [
    { range: rangeAddress(0, 0, 0, 0), style: { bold: true, fontSize: 14 } },
    { range: rangeAddress(groupRow, 0, headerRow, layout.lastCol), style: header },
    { range: rangeAddress(firstRow, 0, lastRow, cols.disciplineReview), style: { borders: true } },
    {
      range: rangeAddress(firstRow, cols.hireDate, lastRow, cols.hireDate),
      style: { numberFormat: 'dd/mm/yyyy' },
    },
    {
      range: rangeAddress(firstRow, cols.disciplineDate, lastRow, cols.disciplineDate),
      style: { numberFormat: 'dd/mm/yyyy' },
    },
    {
      range: rangeAddress(firstRow, cols.disciplineTermEnd, lastRow, cols.disciplineTermEnd),
      style: { numberFormat: 'dd/mm/yyyy' },
    },
  ];
  for (const span of [columnSpan(cols.registered), columnSpan(cols.result)]) {
    if (span)
      styles.push({
        range: rangeAddress(firstRow, span[0], lastRow, span[1]),
        style: { horizontalAlignment: 'center' },
      });
  }
  return styles;
}

export function unitStyles(layout: RegistrationLayout): StyledRange[] {
  const { titleRow, headerRow, firstRow, schoolRow, cols } = layout.unit;
  return [
    { range: rangeAddress(titleRow, 0, titleRow, 0), style: { bold: true, fontSize: 12 } },
    {
      range: rangeAddress(headerRow, 0, headerRow, cols.disciplined),
      style: {
        bold: true,
        fill: COLOURS.header,
        wrapText: true,
        borders: true,
        horizontalAlignment: 'center',
      },
    },
    { range: rangeAddress(firstRow, 0, schoolRow, cols.disciplined), style: { borders: true } },
    {
      range: rangeAddress(firstRow, cols.members, schoolRow, cols.members),
      style: { fill: COLOURS.formula },
    },
    {
      range: rangeAddress(firstRow, cols.ldttCount, schoolRow, cols.disciplined),
      style: { fill: COLOURS.formula },
    },
    {
      range: rangeAddress(firstRow, cols.ldttShare, schoolRow, cols.ldttShare),
      style: { numberFormat: '0.00%' },
    },
    { range: rangeAddress(schoolRow, 0, schoolRow, cols.disciplined), style: { bold: true } },
  ];
}

export function validations(layout: RegistrationLayout): DataValidationSpec[] {
  const { firstRow, lastRow, cols } = layout.person;
  const col = (c: number) => rangeAddress(firstRow, c, lastRow, c);
  const list: DataValidationSpec[] = [];
  const marks = (
    span: [number, number] | undefined,
    values: string[],
    message: string,
    r0 = firstRow,
    r1 = lastRow,
  ) => {
    if (span)
      list.push({
        range: rangeAddress(r0, span[0], r1, span[1]),
        kind: 'list',
        list: values,
        errorMessage: message,
      });
  };
  const regMsg = 'Ghi "x" nếu đã đăng ký, để trống nếu không.';
  const kqMsg = 'Chọn "Đạt" hoặc "Không đạt", hoặc để trống khi chưa có kết quả.';
  marks(columnSpan(cols.registered), [REGISTERED_MARK], regMsg);
  marks(columnSpan(cols.result), [RESULT_ACHIEVED, RESULT_OUT], kqMsg);
  const u = layout.unit;
  marks(columnSpan(u.cols.registered), [REGISTERED_MARK], regMsg, u.firstRow, u.schoolRow);
  marks(columnSpan(u.cols.result), [RESULT_ACHIEVED, RESULT_OUT], kqMsg, u.firstRow, u.schoolRow);
  list.push(
    {
      range: col(cols.rating),
      kind: 'list',
      list: [...RATING_ORDER],
      errorMessage: 'Chọn xếp loại: HTXSNV, HTTNV, HTNV hoặc KHTNV.',
    },
    {
      range: rangeAddress(u.firstRow, u.cols.rating, u.schoolRow, u.cols.rating),
      kind: 'list',
      list: [...RATING_ORDER],
      errorMessage: 'Chọn xếp loại tập thể: HTXSNV, HTTNV, HTNV hoặc KHTNV.',
    },
    {
      range: col(cols.maternity),
      kind: 'whole',
      min: 0,
      max: 12,
      errorMessage: 'Số tháng nghỉ thai sản là số nguyên từ 0 đến 12.',
    },
    {
      range: col(cols.discipline),
      kind: 'list',
      list: Object.values(DISCIPLINE_LABELS),
      errorMessage: 'Chọn hình thức kỷ luật trong danh sách, hoặc để trống.',
    },
    {
      range: col(cols.disciplineReview),
      kind: 'list',
      list: [UNDER_REVIEW_MARK],
      errorMessage: `Ghi "${UNDER_REVIEW_MARK}" khi đang xem xét kỷ luật, hoặc để trống.`,
    },
    {
      range: col(cols.initiatives),
      kind: 'whole',
      min: 0,
      max: 100,
      errorMessage: 'Số sáng kiến là số nguyên từ 0 trở lên.',
    },
    {
      range: col(cols.research),
      kind: 'whole',
      min: 0,
      max: 100,
      errorMessage: 'Số đề tài là số nguyên từ 0 trở lên.',
    },
    {
      range: col(cols.initiativeLevel),
      kind: 'list',
      list: LEVEL_WORDS,
      errorMessage: 'Chọn cấp: cơ sở, huyện, tỉnh hoặc toàn quốc.',
    },
    {
      range: col(cols.researchLevel),
      kind: 'list',
      list: LEVEL_WORDS,
      errorMessage: 'Chọn cấp: cơ sở, huyện, tỉnh hoặc toàn quốc.',
    },
  );
  return list;
}

export function widths(layout: RegistrationLayout): number[] {
  const w: number[] = new Array(layout.lastCol + 1).fill(60);
  const p = layout.person.cols;
  w[p.stt] = 35;
  w[p.id] = 70;
  w[p.name] = 170;
  w[p.team] = 90;
  w[p.hireDate] = 80;
  w[p.disciplineDate] = 80;
  w[p.disciplineTermEnd] = 80;
  w[p.disciplineReview] = 80;
  w[p.cstdcsYears] = 140;
  return w;
}

export function markFormats(layout: RegistrationLayout): ConditionalFormatSpec[] {
  const spans: string[] = [];
  const p = columnSpan(layout.person.cols.result);
  if (p) spans.push(rangeAddress(layout.person.firstRow, p[0], layout.person.lastRow, p[1]));
  const u = columnSpan(layout.unit.cols.result);
  const e = columnSpan(layout.unit.cols.eligible);
  const unit = layout.unit;
  if (u) spans.push(rangeAddress(unit.firstRow, u[0], unit.schoolRow, u[1]));
  const formats: ConditionalFormatSpec[] = spans.flatMap((range) => [
    { range, equals: RESULT_ACHIEVED, fill: COLOURS.good, fontColor: COLOURS.goodText },
    { range, equals: RESULT_OUT, fill: COLOURS.bad, fontColor: COLOURS.badText },
  ]);
  if (e) {
    const range = rangeAddress(unit.firstRow, e[0], unit.schoolRow, e[1]);
    formats.push(
      { range, equals: VERDICT_TEXT.eligible, fill: COLOURS.good, fontColor: COLOURS.goodText },
      { range, equals: VERDICT_TEXT.notEligible, fill: COLOURS.bad, fontColor: COLOURS.badText },
      { range, equals: VERDICT_TEXT.unknown, fill: COLOURS.warn, fontColor: COLOURS.warnText },
    );
  }
  return formats;
}
