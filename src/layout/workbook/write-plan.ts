/**
 * The plan of a write into a workbook that already has sheets and names: which sheets are added or reused,
 * which names are added or replaced, which sheets get an owner marker. Pure: the Office.js adapter probes the
 * workbook (one sync), asks for this plan, and executes it.
 */
import type { WorkbookSpec } from '../grid';
import { OWNER_MARKER_PREFIX, roleOfMarker } from '../owner-markers';
import { parseNameReference, sameSheetName, sheetNameProblem, uniqueSheetName } from '../sheet-rules';

export interface ExistingName {
  name: string;
  /** "='Tổng hợp năm'!$E$5:$E$65" as Excel reports it. */
  formula: string;
}

/** What the first sync of a write learns about the workbook. */
export interface WorkbookProbe {
  sheetNames: string[];
  /** For each requested sheet name that exists: whether it holds any value or formula. */
  hasData: Map<string, boolean>;
  /** Sheets carrying an owner marker. */
  ownedSheets: string[];
  names: ExistingName[];
}

/** Sheets a marker of either kind points at. */
export function ownedSheetsFromNames(names: ExistingName[]): string[] {
  return names
    .filter((item) => item.name.startsWith(OWNER_MARKER_PREFIX) || roleOfMarker(item.name) !== undefined)
    .map((item) => parseNameReference(item.formula)?.sheet)
    .filter((sheet): sheet is string => sheet !== undefined);
}

/**
 * 'rename' (default): an existing sheet is reused only when it holds no data, else the new sheet gets a free
 * name ("Đợt 1 (2)"). 'replaceIfAddinOwned': additionally, a sheet Thi Đua made (owner marker) is cleared and
 * rewritten even if it holds data; the caller picks this only for sheets that are pure output.
 */
export type ExistingSheetPolicy = 'rename' | 'replaceIfAddinOwned';

export interface SheetPlan {
  requested: string;
  /** The name written to (the existing sheet's own spelling when reused). */
  actual: string;
  action: 'add' | 'reuse';
  /** Whether an owner marker must be added (the sheet is new, or an empty sheet of the user's now holds ours). */
  mark: boolean;
}

export interface NamePlan {
  requested: string;
  actual: string;
  reference: string;
  /** 'replace' deletes the old name first: it pointed into a sheet being replaced. */
  action: 'add' | 'replace';
}

export interface WritePlan {
  sheets: SheetPlan[];
  names: NamePlan[];
  /** Owner markers to add: marker name → sheet. */
  markers: { name: string; sheet: string }[];
}

function findSheet(names: string[], wanted: string): string | undefined {
  return names.find((name) => sameSheetName(name, wanted));
}

function checkRequestedNames(spec: WorkbookSpec): void {
  spec.sheets.forEach((sheet, i) => {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new RangeError(problem);
    if (spec.sheets.slice(0, i).some((other) => sameSheetName(other.name, sheet.name))) {
      throw new RangeError(
        `Bản mẫu có hai trang tính cùng tên "${sheet.name}": hãy đặt tên khác cho một trang.`,
      );
    }
  });
}

export function planSheets(
  spec: WorkbookSpec,
  probe: WorkbookProbe,
  policy: ExistingSheetPolicy,
): SheetPlan[] {
  checkRequestedNames(spec);
  const taken = [...probe.sheetNames, ...spec.sheets.map((sheet) => sheet.name)];
  return spec.sheets.map(({ name: requested }) => {
    const existing = findSheet(probe.sheetNames, requested);
    if (existing === undefined) return { requested, actual: requested, action: 'add', mark: true };
    const owned = probe.ownedSheets.some((sheet) => sameSheetName(sheet, existing));
    const hasData = probe.hasData.get(requested) ?? true;
    if (!hasData) return { requested, actual: existing, action: 'reuse', mark: !owned };
    if (policy === 'replaceIfAddinOwned' && owned)
      return { requested, actual: existing, action: 'reuse', mark: false };
    const actual = uniqueSheetName(requested, taken);
    taken.push(actual);
    return { requested, actual, action: 'add', mark: true };
  });
}

/** "TD_Diem" taken → "TD_Diem_2", "TD_Diem_3"… (Excel compares names without regard to case). */
function uniqueName(base: string, taken: string[]): string {
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.some((name) => sameSheetName(name, candidate))) return candidate;
  }
}

/**
 * A spec name the workbook already has is replaced only when it points into a sheet being replaced (policy
 * 'replaceIfAddinOwned'); otherwise the old one stays for the user's formulas and ours gets a new name.
 */
export function planNames(spec: WorkbookSpec, probe: WorkbookProbe, sheets: SheetPlan[]): NamePlan[] {
  const replaced = sheets.filter((plan) => plan.action === 'reuse').map((plan) => plan.actual);
  const taken = [...probe.names.map((item) => item.name), ...spec.names.map((item) => item.name)];
  return spec.names.map(({ name: requested, reference }) => {
    const existing = probe.names.find((item) => sameSheetName(item.name, requested));
    if (!existing) return { requested, actual: requested, reference, action: 'add' };
    // A role marker is ours by definition and names the newest sheet playing that role.
    if (roleOfMarker(requested) !== undefined) {
      return { requested, actual: existing.name, reference, action: 'replace' };
    }
    const target = parseNameReference(existing.formula)?.sheet;
    if (target !== undefined && replaced.some((sheet) => sameSheetName(sheet, target))) {
      return { requested, actual: existing.name, reference, action: 'replace' };
    }
    const actual = uniqueName(requested, taken);
    taken.push(actual);
    return { requested, actual, reference, action: 'add' };
  });
}

export function planMarkers(probe: WorkbookProbe, sheets: SheetPlan[]): WritePlan['markers'] {
  const used = probe.names
    .filter((item) => item.name.startsWith(OWNER_MARKER_PREFIX))
    .map((item) => Number(item.name.slice(OWNER_MARKER_PREFIX.length)))
    .filter(Number.isInteger);
  let next = Math.max(0, ...used) + 1;
  return sheets
    .filter((plan) => plan.mark)
    .map((plan) => ({ name: `${OWNER_MARKER_PREFIX}${next++}`, sheet: plan.actual }));
}

export function planWrite(spec: WorkbookSpec, probe: WorkbookProbe, policy: ExistingSheetPolicy): WritePlan {
  const sheets = planSheets(spec, probe, policy);
  return { sheets, names: planNames(spec, probe, sheets), markers: planMarkers(probe, sheets) };
}
