/**
 * The Phòng's own papers (DOMAIN.md §8b): the district's tổng hợp kết quả (one row per school) and its danh
 * sách đề nghị per title, in the same official form as a school's papers: the export layout prints them, with
 * the Phòng as the issuing unit and the school as each row's "Đơn vị".
 */
import type { DistrictGathering } from '../../domain/phong';
import { TITLES, type TitleId } from '../../domain/titles';
import { buildExportWorkbook } from '../export/build';
import { proposalDocumentId } from '../export/catalogue';
import type {
  CollectiveProposal,
  CollectiveTitleId,
  ExportDocumentId,
  ExportInput,
  IndividualProposal,
  IndividualTitleId,
  TitleSummary,
} from '../export/types';
import type { WorkbookSpec } from '../grid';

export interface DistrictPaperSettings {
  /** e.g. "Phòng Giáo dục và Đào tạo thị xã Thuận An". */
  phongName: string;
  /** The Phòng's own cơ quan cấp trên, e.g. "UBND thị xã Thuận An". */
  parentBody: string;
  place: string;
  /** Who receives the papers, e.g. "UBND thị xã Thuận An" or the Sở. */
  recipient: string;
  /** ISO date of signing; blank prints "ngày … tháng … năm …". */
  date: string;
  signerName: string;
}

function titleSummaries(gathering: DistrictGathering): TitleSummary[] {
  return gathering.totals.map((total) => ({
    titleId: total.titleId,
    byTeam: gathering.schools.map((school) => {
      const t = school.summary.titles.find((x) => x.titleId === total.titleId);
      return {
        teamName: school.summary.school.name,
        registered: t?.registered ?? 0,
        eligible: t?.eligible ?? 0,
        approved: t?.approved ?? 0,
        ...(t?.target !== undefined ? { target: t.target } : {}),
      };
    }),
    school: {
      registered: total.registered,
      eligible: total.eligible,
      approved: total.approved,
      ...(total.target !== undefined ? { target: total.target } : {}),
    },
  }));
}

const votes = (p: { agree?: number; base?: number }) => ({
  ...(p.agree !== undefined ? { agree: p.agree } : {}),
  ...(p.base !== undefined ? { base: p.base } : {}),
});

function proposals(gathering: DistrictGathering) {
  const individual: Partial<Record<IndividualTitleId, IndividualProposal[]>> = {};
  const collective: Partial<Record<CollectiveTitleId, CollectiveProposal[]>> = {};
  for (const [titleId, list] of Object.entries(gathering.lists) as [
    TitleId,
    DistrictGathering['lists'][TitleId],
  ][]) {
    if (!list) continue;
    if (TITLES[titleId].scope === 'individual') {
      individual[titleId as IndividualTitleId] = list.map((p) => ({
        fullName: p.fullName,
        position: p.position,
        teamName: p.schoolName,
        ...(p.score !== undefined ? { score: p.score } : {}),
        ...votes(p),
      }));
    } else {
      collective[titleId as CollectiveTitleId] = list.map((p) => ({
        name: `${p.fullName}, ${p.schoolName}`,
        leaderName: p.position,
        memberCount: p.memberCount ?? 0,
        ...(p.score !== undefined ? { score: p.score } : {}),
        ...votes(p),
      }));
    }
  }
  return { individual, collective };
}

export function districtExportInput(
  gathering: DistrictGathering,
  settings: DistrictPaperSettings,
): ExportInput {
  const lists = proposals(gathering);
  return {
    school: {
      name: settings.phongName,
      parentBody: settings.parentBody,
      place: settings.place,
      schoolYear: gathering.schoolYear,
    },
    recipient: { id: 'custom', name: settings.recipient },
    signer: { title: 'TRƯỞNG PHÒNG', fullName: settings.signerName },
    date: settings.date,
    unitLabel: 'Đơn vị',
    summary: titleSummaries(gathering),
    individualProposals: lists.individual,
    collectiveProposals: lists.collective,
    incompleteness: gathering.issues.filter((i) => i.severity === 'error').map((i) => i.message),
  };
}

/** The Phòng's papers: the summary first, then one list per title that has proposals. */
export function buildDistrictPapers(
  gathering: DistrictGathering,
  settings: DistrictPaperSettings,
): WorkbookSpec {
  const titles = gathering.totals.map((t) => t.titleId).filter((id) => gathering.lists[id]);
  const selection: ExportDocumentId[] = ['summary', ...titles.map(proposalDocumentId)];
  return buildExportWorkbook(districtExportInput(gathering, settings), selection);
}
