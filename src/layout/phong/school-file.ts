/**
 * One school's file as the Phòng receives it, from its sheets' values: the export's "Tóm tắt" when there is
 * one, else (the school sent its whole workbook) the summary computed from the workbook, as its export would
 * have written it. Shared by `thidua gather` and the Phòng panel, so both read a file the same way.
 */
import { evaluateCase } from '../../domain/case';
import type { GatheredFile } from '../../domain/phong';
import { unitKindOf } from '../../domain/school/units';
import { schoolSummaryFromCase } from '../export-input/school-summary';
import type { CellValue } from '../grid';
import { readCaseWorkbook } from '../workbook';
import { isSummaryGrid, readSummarySheet } from './summary-sheet';

/**
 * `modifiedAt` (ISO local date-time of the file) stands for the export time of a whole workbook, which has
 * no "Tóm tắt" to say when it was exported.
 */
export function gatheredFileFromSheets(
  fileName: string,
  sheets: Record<string, CellValue[][]>,
  modifiedAt: string,
): GatheredFile {
  const summarySheet = Object.values(sheets).find(isSummaryGrid);
  if (summarySheet) {
    const read = readSummarySheet(summarySheet);
    return 'summary' in read ? { fileName, summary: read.summary } : { fileName, problem: read.problem };
  }
  const read = readCaseWorkbook(sheets);
  if ('missing' in read) {
    return {
      fileName,
      problem:
        'không phải tệp xuất của Thi Đua (không có trang "Tóm tắt") và không phải sổ làm việc Thi Đua.',
    };
  }
  // A workbook that lists schools is a Phòng's scoring or a cụm's meeting: adding it up as a school would
  // count the Phòng itself among its schools.
  if (unitKindOf(read.schoolCase.roster) === 'school') {
    return {
      fileName,
      problem:
        'là sổ chấm điểm các trường của Phòng hoặc sổ của cụm thi đua (danh sách là các trường), không phải tệp của một trường.',
    };
  }
  const results = evaluateCase(read.schoolCase);
  return { fileName, summary: schoolSummaryFromCase(read.schoolCase, results, modifiedAt), computed: true };
}

/** What a file that could not be opened at all says. */
export function unreadableFile(fileName: string): GatheredFile {
  return { fileName, problem: 'không đọc được: tệp hỏng hoặc không phải sổ làm việc .xlsx.' };
}

/** "2021-05-28T10:05" in the computer's own time zone. */
export function localDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}
