/** What every paper shares: the dated header, the letter closing, and how a paper reports a problem. */
import type { DomainIssue } from '../../domain/issues';
import type { SheetSpec } from '../grid';
import { longVietnameseDate } from '../../domain/text';
import { parseLocalDateTime } from './format';
import {
  recipientsBlock,
  signatureBlock,
  titleLinesOf,
  writeOfficialHeader,
  writeParagraph,
  writeSideBySide,
  writeTitle,
} from './official-form';
import type { SheetBuilder } from './sheet-builder';
import type { ExportDocumentId, ExportInput, MeetingPerson } from './types';

/** A paper built for the workbook and described for the preview. */
export interface BuiltDocument {
  id: ExportDocumentId;
  sheet: SheetSpec;
  title: string;
  rowCount: number;
  warnings: DomainIssue[];
}

export function exportWarning(code: string, message: string): DomainIssue {
  return { code: `export.${code}`, severity: 'warning', message };
}

/** "Thuận An, ngày 28 tháng 5 năm 2021", or dots to fill in by hand when the date is not valid. */
export function placeAndDate(input: ExportInput): string {
  return longVietnameseDate(parseLocalDateTime(input.date) ?? null, input.school.place.trim() || '…');
}

/** Header block and title of a paper. */
export function writeFrame(
  b: SheetBuilder,
  input: ExportInput,
  id: ExportDocumentId,
  title: string,
  subtitles: string[],
): void {
  writeOfficialHeader(b, {
    parentBody: input.school.parentBody,
    schoolName: input.school.name,
    documentNumber: input.documentNumbers?.[id],
    placeAndDate: placeAndDate(input),
  });
  writeTitle(b, title, subtitles);
}

/** "Năm học 2020-2021", or nothing when the year is not known. */
export function schoolYearLine(input: ExportInput): string[] {
  const year = input.school.schoolYear?.trim();
  return year ? [`Năm học ${year}`] : [];
}

/** Nơi nhận (the recipient, Lưu: VT.) on the left, the signer on the right. */
export function writeLetterClosing(b: SheetBuilder, input: ExportInput): void {
  b.addBlankRows(1);
  const recipient = input.recipient.name.trim() || '…';
  writeSideBySide(
    b,
    recipientsBlock(b, [`- ${recipient};`, '- Lưu: VT.']),
    signatureBlock(titleLinesOf(input.signer.title), input.signer.fullName.trim()),
  );
}

/** The sentence a paper prints in place of its content when the data never arrived, and its warning. */
export function writeMissingData(b: SheetBuilder, what: string, todo: string): DomainIssue {
  const message = `Chưa có dữ liệu ${what}: hãy ${todo} rồi xuất lại.`;
  writeParagraph(b, message, { italic: true });
  return exportWarning('missing-data', message);
}

/** "Nguyễn Văn An – Hiệu trưởng", or dots when the name is missing. */
export function personLine(person: MeetingPerson): string {
  const name = person.fullName.normalize('NFC').trim() || '…';
  return person.position?.trim() ? `${name} – ${person.position.trim()}` : name;
}
