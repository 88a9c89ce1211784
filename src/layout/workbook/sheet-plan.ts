/**
 * One naming-and-ownership plan per probe of a workbook: which sheet plays which part, read from the owner
 * markers, so a renamed sheet of ours is still found and a user's sheet is never taken for ours.
 *
 * A role is found, in this order: by its role marker; else, in a workbook that carries any marker, among the
 * marked sheets by its usual name (or its newest "(2)" copy); else, in a workbook with no marker at all (made
 * before markers existed), by its usual name among every sheet.
 */
import type { CellValue } from '../grid';
import { readOwnership, type SheetOwnership, type SheetRole, type WorkbookName } from '../owner-markers';
import { findSheet } from './find-sheet';

export interface SheetPlan {
  ownership: SheetOwnership;
  /** The sheet playing `role`, as the workbook spells it, or undefined when the workbook has none. */
  find(role: SheetRole, usualName: string): string | undefined;
}

export function planSheets(sheetNames: readonly string[], names: readonly WorkbookName[]): SheetPlan {
  const ownership = readOwnership(names, sheetNames);
  const candidates = ownership.marked ? ownership.owned : sheetNames;
  const asRecord = Object.fromEntries(candidates.map((name) => [name, [] as CellValue[][]]));
  return {
    ownership,
    find: (role, usualName) => ownership.roles.get(role) ?? findSheet(asRecord, usualName),
  };
}
