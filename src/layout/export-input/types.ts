/**
 * What the person exporting chooses (recipient, signer, date, meeting details the workbook does not hold):
 * the pane's form and the CLI's options both fill this, and exportInputFromCase turns it and the case into
 * the export's ExportInput.
 */
import type { TitleId } from '../../domain/titles';
import type { ExportDocumentId, MeetingPerson, Recipient, Signer } from '../export';

/** The meeting's details that only the minutes need; times are "HH:MM" on the meeting's day. */
export interface MeetingSettings {
  /** ISO date of the meeting; the "Quy chế" sheet's meeting date when absent. */
  date?: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  /** Chủ trì; the principal ("Hiệu trưởng, Chủ tịch Hội đồng") when absent and known. */
  chair?: MeetingPerson;
  /** Thư ký Hội đồng. */
  secretary?: MeetingPerson;
}

export interface ExportSettings {
  recipient: Recipient;
  signer: Signer;
  /** Ngày ký, ISO "2021-05-28". */
  date: string;
  documentNumbers?: Partial<Record<ExportDocumentId, string>>;
  meeting?: MeetingSettings;
  /** Hình thức khen thưởng printed beside a title on its list, e.g. { CSTDCS: "Giấy khen" }. */
  awardForms?: Partial<Record<TitleId, string>>;
}
