/**
 * The export form's state and its translation to ExportSettings. Choosing another kind of recipient
 * replaces the name only when it was the previous kind's default, so a name the user typed is never lost.
 */
import type { SchoolCase } from '../../../domain/case';
import type { SchoolInfo } from '../../../domain/school/types';
import {
  EXPORT_DOCUMENTS,
  type ExportDocumentEntry,
  type ExportDocumentId,
  type RecipientKind,
} from '../../../layout/export';
import {
  defaultExportSettings,
  exportDocumentsForCase,
  paperKindOf,
  type ExportSettings,
} from '../../../layout/export-input';

export type Destination = 'new' | 'current';

export interface ExportForm {
  documents: ExportDocumentId[];
  recipientKind: RecipientKind;
  recipientName: string;
  /** Lines of the signer's title joined by "\n" ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG"). */
  signerTitle: string;
  signerName: string;
  /** Ngày ký, ISO. */
  date: string;
  meetingDate: string;
  startTime: string;
  endTime: string;
  place: string;
  chairName: string;
  chairPosition: string;
  secretaryName: string;
  destination: Destination;
}

const SCHOOL_SIGNER_TITLES = [
  'HIỆU TRƯỞNG',
  'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG',
  'Q. HIỆU TRƯỞNG',
  'TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG\nCHỦ TỊCH',
];
const PHONG_SIGNER_TITLES = ['TRƯỞNG PHÒNG', 'KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG'];
const CLUSTER_SIGNER_TITLES = ['CỤM TRƯỞNG'];

/** The signer titles offered: a school's, a Phòng's or a cụm's; any other can still be typed. */
export function signerTitlesFor(schoolCase: SchoolCase): string[] {
  const kind = paperKindOf(schoolCase);
  return kind === 'cluster'
    ? CLUSTER_SIGNER_TITLES
    : kind === 'phong'
      ? PHONG_SIGNER_TITLES
      : SCHOOL_SIGNER_TITLES;
}

export const DEFAULT_CHAIR_POSITION = 'Hiệu trưởng, Chủ tịch Hội đồng';

/** The name printed under "Nơi nhận" for each kind before the user adjusts it. */
export function recipientDefaultName(kind: RecipientKind, info: Pick<SchoolInfo, 'parentBody'>): string {
  switch (kind) {
    case 'phong-gddt':
      return /^phòng giáo dục/iu.test(info.parentBody.trim())
        ? info.parentBody.trim()
        : 'Phòng Giáo dục và Đào tạo';
    case 'ubnd-xa':
      return 'Ủy ban nhân dân xã';
    case 'so-gddt':
      return 'Sở Giáo dục và Đào tạo';
    case 'custom':
      return '';
  }
}

export function withRecipientKind(
  form: ExportForm,
  kind: RecipientKind,
  info: Pick<SchoolInfo, 'parentBody'>,
): ExportForm {
  const untouched =
    form.recipientName.trim() === '' || form.recipientName === recipientDefaultName(form.recipientKind, info);
  return {
    ...form,
    recipientKind: kind,
    recipientName: untouched ? recipientDefaultName(kind, info) : form.recipientName,
  };
}

/** The papers this workbook can print: a school's, a Phòng's report on its schools, or a cụm's. */
export function documentsFor(schoolCase: SchoolCase): ExportDocumentEntry[] {
  return exportDocumentsForCase(schoolCase);
}

export function initialForm(schoolCase: SchoolCase, todayIso: string): ExportForm {
  const defaults = defaultExportSettings(schoolCase, todayIso);
  const principal = schoolCase.roster.info.principalName ?? '';
  return {
    documents: documentsFor(schoolCase).map((d) => d.id),
    recipientKind: defaults.recipient.id,
    recipientName: recipientDefaultName(defaults.recipient.id, schoolCase.roster.info),
    signerTitle: defaults.signer.title,
    signerName: defaults.signer.fullName,
    date: defaults.date,
    meetingDate: defaults.meeting?.date ?? '',
    startTime: '',
    endTime: '',
    place: '',
    chairName: principal,
    chairPosition: principal ? DEFAULT_CHAIR_POSITION : '',
    secretaryName: '',
    destination: 'new',
  };
}

export function settingsFromForm(form: ExportForm): ExportSettings {
  const trim = (s: string) => s.normalize('NFC').trim();
  return {
    recipient: { id: form.recipientKind, name: trim(form.recipientName) },
    signer: { title: trim(form.signerTitle), fullName: trim(form.signerName) },
    date: form.date,
    meeting: {
      ...(form.meetingDate ? { date: form.meetingDate } : {}),
      ...(form.startTime ? { startTime: form.startTime } : {}),
      ...(form.endTime ? { endTime: form.endTime } : {}),
      ...(trim(form.place) ? { place: trim(form.place) } : {}),
      chair: {
        fullName: trim(form.chairName),
        ...(trim(form.chairPosition) ? { position: trim(form.chairPosition) } : {}),
      },
      secretary: { fullName: trim(form.secretaryName) },
    },
  };
}

/** The documents in the catalogue's order, whatever order they were ticked in. */
export function toggleDocument(
  form: ExportForm,
  id: ExportDocumentId,
  on: boolean,
  catalogue: readonly ExportDocumentEntry[] = EXPORT_DOCUMENTS,
): ExportForm {
  const chosen = new Set(form.documents);
  if (on) chosen.add(id);
  else chosen.delete(id);
  return { ...form, documents: catalogue.map((d) => d.id).filter((d) => chosen.has(d)) };
}

/** Today in the user's time zone as ISO "2021-05-28" (not UTC: a school in Việt Nam signs on its own day). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
