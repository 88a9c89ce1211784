/**
 * The export settings a school starts from: its cơ quan cấp trên as the recipient, the principal as the
 * signer, today as the date, the meeting's date from the workbook. Every value stays editable in the pane.
 */
import type { SchoolCase } from '../../domain/case';
import { paperKindOf } from './paper-kind';
import type { ExportSettings } from './types';

export const DEFAULT_SIGNER_TITLE = 'HIỆU TRƯỞNG';
/** A cụm thi đua's papers are signed by its cụm trưởng (seed 003). */
export const CLUSTER_SIGNER_TITLE = 'CỤM TRƯỞNG';
/** Who signs a Phòng's papers (its workbook of schools, issue 13). */
export const PHONG_SIGNER_TITLE = 'TRƯỞNG PHÒNG';

export function defaultExportSettings(schoolCase: SchoolCase, todayIso: string): ExportSettings {
  const { info } = schoolCase.roster;
  const meetingDate = schoolCase.votes?.meeting.date;
  // A Phòng reports to its own cơ quan cấp trên (the district's Ủy ban), signed by the trưởng phòng.
  // A cụm's roster lists schools too, but its papers go to the Phòng, signed by the cụm trưởng.
  const kind = paperKindOf(schoolCase);
  const phong = kind === 'phong';
  const signerTitle =
    kind === 'cluster' ? CLUSTER_SIGNER_TITLE : phong ? PHONG_SIGNER_TITLE : DEFAULT_SIGNER_TITLE;
  return {
    recipient: { id: phong ? 'custom' : 'phong-gddt', name: info.parentBody },
    signer: { title: signerTitle, fullName: info.principalName ?? '' },
    date: todayIso,
    meeting: meetingDate ? { date: meetingDate } : {},
  };
}
