/**
 * The export settings a school starts from: its cơ quan cấp trên as the recipient, the principal as the
 * signer, today as the date, the meeting's date from the workbook. Every value stays editable in the pane.
 */
import type { SchoolCase } from '../../domain/case';
import type { ExportSettings } from './types';

export const DEFAULT_SIGNER_TITLE = 'HIỆU TRƯỞNG';
/** A cụm thi đua's papers are signed by its cụm trưởng (seed 003). */
export const CLUSTER_SIGNER_TITLE = 'CỤM TRƯỞNG';

export function defaultExportSettings(schoolCase: SchoolCase, todayIso: string): ExportSettings {
  const { info } = schoolCase.roster;
  const meetingDate = schoolCase.votes?.meeting.date;
  return {
    recipient: { id: 'phong-gddt', name: info.parentBody },
    signer: {
      title: schoolCase.votes?.meeting.body === 'cluster' ? CLUSTER_SIGNER_TITLE : DEFAULT_SIGNER_TITLE,
      fullName: info.principalName ?? '',
    },
    date: todayIso,
    meeting: meetingDate ? { date: meetingDate } : {},
  };
}
