import type { WorkbookSpec } from '../layout/grid';
import { cellWrites } from './cell-writes';
import { featureWrites, protectionWrite } from './feature-writes';
import { SYNC_PAYLOAD_BUDGET } from './payload';
import { renameInSpec } from '../layout/workbook/sheet-references';
import {
  planWrite,
  type ExistingSheetPolicy,
  type WorkbookProbe,
  type WritePlan,
} from '../layout/workbook/write-plan';
import { probeWorkbook } from './probe';
import { setupWrites } from './setup-writes';
import { styleWrite } from './style-writes';
import { runWrites, type QueuedWrite } from './write-queue';

/** What the workbook already has, for a builder that must pick sheet and workbook names nobody uses. */
export interface ExistingWorkbookNames {
  sheetNames: string[];
  names: string[];
}

/**
 * A spec, or a function making one once the workbook's names are known: the template records its own sheet
 * names in "Quy chế", so it must choose them itself, and asking inside the first sync keeps the write at two.
 */
export type WorkbookSpecSource = WorkbookSpec | ((existing: ExistingWorkbookNames) => WorkbookSpec);

export interface WriteWorkbookOptions {
  existingSheetPolicy?: ExistingSheetPolicy;
  /** Estimated bytes per sync before the writes are cut into more syncs (tests lower it). */
  payloadBudget?: number;
}

export interface WriteWorkbookResult {
  /** context.sync() calls made: 2 unless the writes had to be chunked. */
  syncs: number;
  /** The name each spec sheet was written to, in spec order. */
  sheetNames: string[];
  /** Sheets whose name was taken by a sheet holding data, and the free name used instead. */
  renamedSheets: { requested: string; actual: string }[];
  /** Workbook names the user already had, kept, and the new name used for ours. */
  renamedNames: { requested: string; actual: string }[];
  /** One Vietnamese sentence per rename, ready for the pane. */
  notices: string[];
}

function renames(plan: WritePlan) {
  return {
    sheets: new Map(plan.sheets.filter((p) => p.actual !== p.requested).map((p) => [p.requested, p.actual])),
    names: new Map(plan.names.filter((p) => p.actual !== p.requested).map((p) => [p.requested, p.actual])),
  };
}

function notices(result: Pick<WriteWorkbookResult, 'renamedSheets' | 'renamedNames'>): string[] {
  return [
    ...result.renamedSheets.map(
      ({ requested, actual }) =>
        `Trang tính "${requested}" đã có dữ liệu nên được giữ nguyên; bảng mới nằm ở trang "${actual}".`,
    ),
    ...result.renamedNames.map(
      ({ requested, actual }) =>
        `Tên vùng "${requested}" đã có trong sổ tính nên được giữ nguyên; bảng mới dùng tên "${actual}".`,
    ),
  ];
}

/**
 * Writes a WorkbookSpec into the open workbook in two syncs: one to look (sheet names, which of ours exist and
 * hold data, names), one carrying every write. Beyond about 4 MB of writes the second is cut into more syncs.
 * Never writes into a sheet holding the user's data: that sheet keeps its name and ours gets a free one, with
 * formulas and names rewritten to follow.
 */
export async function writeWorkbookSpec(
  context: Excel.RequestContext,
  source: WorkbookSpecSource,
  options: WriteWorkbookOptions = {},
): Promise<WriteWorkbookResult> {
  const build = typeof source === 'function' ? source : undefined;
  const probe = await probeWorkbook(
    context,
    build ? [] : (source as WorkbookSpec).sheets.map((sheet) => sheet.name),
  );
  const spec = build
    ? build({ sheetNames: probe.sheetNames, names: probe.names.map((n) => n.name) })
    : (source as WorkbookSpec);
  const { writes, outcome } = specWrites(spec, probe, options.existingSheetPolicy ?? 'rename');
  const syncs = 1 + (await runWrites(context, writes, options.payloadBudget ?? SYNC_PAYLOAD_BUDGET));
  return { syncs, ...outcome };
}

/**
 * The writes that put a spec into a probed workbook, and what the result will say. Overwrite rule (stated
 * once, here): a sheet of that name holding no data is reused; one holding data is replaced only when it
 * carries our marker and the policy is 'replaceIfAddinOwned'; otherwise ours gets a free name.
 */
export function specWrites(
  spec: WorkbookSpec,
  probe: WorkbookProbe,
  policy: ExistingSheetPolicy,
): { writes: QueuedWrite[]; outcome: Omit<WriteWorkbookResult, 'syncs'> } {
  const plan = planWrite(spec, probe, policy);
  const target = renameInSpec(spec, renames(plan));
  // Name references as rewritten for renamed sheets (spec order is kept by planNames and renameInSpec).
  const names = plan.names.map((p, i) => ({ ...p, reference: target.names[i].reference }));
  const writes: QueuedWrite[] = [
    ...setupWrites({ ...plan, names }),
    ...target.sheets.flatMap(cellWrites),
    ...target.sheets.flatMap((sheet) => [
      ...(sheet.styles ?? []).map((styled) => styleWrite(sheet.name, styled)),
      ...featureWrites(sheet),
    ]),
    // Last: a protected sheet refuses any further write.
    ...target.sheets.flatMap(protectionWrite),
  ];
  const renamedSheets = plan.sheets
    .filter((p) => p.action === 'add' && p.actual !== p.requested)
    .map(({ requested, actual }) => ({ requested, actual }));
  const renamedNames = plan.names
    .filter((p) => p.actual !== p.requested && p.action === 'add')
    .map(({ requested, actual }) => ({ requested, actual }));
  return {
    writes,
    outcome: {
      sheetNames: plan.sheets.map((p) => p.actual),
      renamedSheets,
      renamedNames,
      notices: notices({ renamedSheets, renamedNames }),
    },
  };
}
