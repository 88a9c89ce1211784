/**
 * Danh sách đề nghị for one title (DOMAIN.md §8): people sorted by given name (or tổ in the school's order),
 * STT after sorting, the title and the form of award in separate columns, score and votes as numbers. A cụm
 * thi đua's list carries each one's Đơn vị (the school) in the fourth column, for people and schools alike.
 */
import type { DomainIssue } from '../../../domain/issues';
import { TITLES, type TitleId } from '../../../domain/titles';
import type { CellValue } from '../../grid';
import { proposalDocumentId } from '../catalogue';
import {
  type BuiltDocument,
  exportWarning,
  schoolYearLine,
  writeFrame,
  writeLetterClosing,
  writeMissingData,
} from '../context';
import { sortByVietnameseName } from '../../../domain/text';
import { writeParagraph } from '../official-form';
import { LANDSCAPE, NUMBER_FORMATS } from '../page';
import { SheetBuilder } from '../sheet-builder';
import { printTitleRows, type TableColumn, type TableRow, writeTable } from '../table';
import type {
  CollectiveProposal,
  CollectiveTitleId,
  ExportInput,
  IndividualProposal,
  IndividualTitleId,
  VoteTally,
} from '../types';

/** Landscape, about 742 pt; the first four columns make the left block of the header. */
const WIDTHS = [28, 140, 78, 62, 100, 92, 40, 42, 42, 52, 66];

export const PROPOSAL_COLUMNS = {
  index: 0,
  /** Họ và tên, or the tổ's name. */
  name: 1,
  /** Chức vụ, or the tổ trưởng. */
  position: 2,
  /** Tổ, or the number of members. */
  team: 3,
  title: 4,
  awardForm: 5,
  score: 6,
  agree: 7,
  base: 8,
  percent: 9,
  note: 10,
} as const;

export function proposalTitle(titleId: TitleId): string {
  return `Danh sách đề nghị danh hiệu ${TITLES[titleId].label}`;
}

function columns(collective: boolean, unitLabel: string, cluster: boolean): TableColumn[] {
  return [
    { header: 'STT', align: 'center' },
    { header: collective ? 'Tên tập thể' : 'Họ và tên', align: 'left', wrap: true },
    {
      header: collective ? (cluster ? 'Thủ trưởng đơn vị' : 'Tổ trưởng') : 'Chức vụ',
      align: 'left',
      wrap: true,
    },
    collective && !cluster
      ? { header: 'Số thành viên', align: 'center', numberFormat: NUMBER_FORMATS.count }
      : { header: cluster ? 'Đơn vị' : unitLabel, align: 'left', wrap: true },
    { header: 'Danh hiệu thi đua', align: 'left', wrap: true },
    { header: 'Hình thức khen thưởng', align: 'left', wrap: true },
    { header: 'Điểm', align: 'center', numberFormat: NUMBER_FORMATS.score },
    { header: 'Đồng ý', align: 'center', numberFormat: NUMBER_FORMATS.count },
    { header: 'Tổng số', align: 'center', numberFormat: NUMBER_FORMATS.count },
    { header: 'Tỉ lệ', align: 'center', numberFormat: NUMBER_FORMATS.percent },
    { header: 'Ghi chú', align: 'left', wrap: true },
  ];
}

/** Đồng ý, tổng số and the ratio (a number: "0.00%" shows 70,49%); blank where the votes are not known. */
function voteCells(votes: VoteTally): CellValue[] {
  const ratio =
    votes.agree !== undefined && votes.base !== undefined && votes.base > 0 ? votes.agree / votes.base : null;
  return [votes.agree ?? null, votes.base ?? null, ratio];
}

/** `who` names the list and the person: "Danh sách LĐTT, Nguyễn Văn An". */
function voteWarnings(who: string, votes: VoteTally): DomainIssue[] {
  const { agree, base } = votes;
  if (agree === undefined && base === undefined) return [];
  if (agree !== undefined && base === undefined) {
    return [
      exportWarning(
        'votes-without-base',
        `${who}: có ${agree} phiếu đồng ý nhưng thiếu tổng số để tính tỉ lệ; hãy nhập tổng số phiếu.`,
      ),
    ];
  }
  if (base !== undefined && base <= 0) {
    return [exportWarning('base-zero', `${who}: tổng số phiếu là ${base}; hãy nhập tổng số lớn hơn 0.`)];
  }
  if (agree !== undefined && base !== undefined && agree > base) {
    return [
      exportWarning(
        'votes-exceed-base',
        `${who}: ${agree} phiếu đồng ý nhiều hơn tổng số ${base}; hãy kiểm tra lại số phiếu.`,
      ),
    ];
  }
  return [];
}

function individualRow(p: IndividualProposal, index: number, titleId: TitleId, cluster: boolean): TableRow {
  return {
    kind: 'data',
    cells: [
      index + 1,
      p.fullName.normalize('NFC').trim(),
      p.position,
      cluster ? (p.unitName ?? p.teamName) : p.teamName,
      p.titleLabel ?? TITLES[titleId].label,
      p.awardForm ?? null,
      p.score ?? null,
      ...voteCells(p),
      p.note ?? null,
    ],
  };
}

function collectiveRow(p: CollectiveProposal, index: number, titleId: TitleId, cluster: boolean): TableRow {
  return {
    kind: 'data',
    cells: [
      index + 1,
      p.name,
      p.leaderName,
      cluster ? (p.unitName ?? p.name) : p.memberCount,
      p.titleLabel ?? TITLES[titleId].label,
      p.awardForm ?? null,
      p.score ?? null,
      ...voteCells(p),
      p.note ?? null,
    ],
  };
}

/** The rows to print: individuals sorted (DOMAIN.md §9), tổ in the order given. Undefined: no data. */
function proposalRows(
  input: ExportInput,
  titleId: TitleId,
): { rows: TableRow[]; warnings: DomainIssue[] } | undefined {
  const { shortLabel } = TITLES[titleId];
  if (TITLES[titleId].scope === 'individual') {
    const list = input.individualProposals?.[titleId as IndividualTitleId];
    if (!list) return undefined;
    const sorted = sortByVietnameseName(list, (p) => p.fullName);
    return {
      rows: sorted.map((p, i) => individualRow(p, i, titleId, input.cluster === true)),
      warnings: sorted.flatMap((p) => voteWarnings(`Danh sách ${shortLabel}, ${p.fullName}`, p)),
    };
  }
  const list = input.collectiveProposals?.[titleId as CollectiveTitleId];
  if (!list) return undefined;
  return {
    rows: list.map((p, i) => collectiveRow(p, i, titleId, input.cluster === true)),
    warnings: list.flatMap((p) => voteWarnings(`Danh sách ${shortLabel}, ${p.name}`, p)),
  };
}

export function buildProposalList(input: ExportInput, titleId: TitleId, sheetName: string): BuiltDocument {
  const id = proposalDocumentId(titleId);
  const title = proposalTitle(titleId);
  const { label, scope } = TITLES[titleId];
  const unit = scope === 'individual' ? 'cá nhân' : 'tập thể';
  const b = new SheetBuilder(WIDTHS);
  writeFrame(b, input, id, title, schoolYearLine(input));
  const data = proposalRows(input, titleId);
  const warnings: DomainIssue[] = [];
  let printTitles: string | undefined;
  if (!data) {
    warnings.push(writeMissingData(b, `danh sách đề nghị ${label}`, 'hoàn tất bình xét danh hiệu này'));
  } else if (data.rows.length === 0) {
    writeParagraph(b, `Không có ${unit} nào được đề nghị danh hiệu ${label}.`, { italic: true });
  } else {
    const table = writeTable(b, {
      columns: columns(scope === 'collective', input.unitLabel ?? 'Tổ', input.cluster === true),
      groups: [
        { header: 'Kết quả biểu quyết', firstCol: PROPOSAL_COLUMNS.agree, lastCol: PROPOSAL_COLUMNS.percent },
      ],
      rows: data.rows,
    });
    printTitles = printTitleRows(table);
    writeParagraph(b, `Danh sách có ${data.rows.length} ${unit}.`, { italic: true });
    warnings.push(...data.warnings);
  }
  writeLetterClosing(b, input);
  return {
    id,
    sheet: b.build(sheetName, { ...LANDSCAPE, ...(printTitles ? { printTitleRows: printTitles } : {}) }),
    title,
    rowCount: data?.rows.length ?? 0,
    warnings,
  };
}
