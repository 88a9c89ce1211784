import { sheetRef } from '../layout/a1';
import { isOwnerMarker } from '../layout/owner-markers';
import type { NamePlan, SheetPlan, WritePlan } from '../layout/workbook/write-plan';
import { jsonBytes } from './payload';
import type { QueuedWrite } from './write-queue';

/**
 * Adds a new sheet, or empties a reused one: unprotected first (Thi Đua's sheets are protected, and a
 * protected sheet refuses every write), then contents, formats, merges, rules and panes cleared.
 */
export function sheetSetupWrite(plan: SheetPlan): QueuedWrite {
  return {
    bytes: jsonBytes(plan),
    apply: (scope) => {
      if (plan.action === 'add') {
        scope.remember(plan.actual, scope.context.workbook.worksheets.add(plan.actual));
        return;
      }
      const sheet = scope.sheet(plan.actual);
      sheet.protection.unprotect();
      const whole = sheet.getRange();
      whole.conditionalFormats.clearAll();
      whole.dataValidation.clear();
      whole.unmerge();
      whole.clear('All');
      sheet.freezePanes.unfreeze();
    },
  };
}

function nameWrite(plan: NamePlan): QueuedWrite {
  const reference = plan.reference.startsWith('=') ? plan.reference : `=${plan.reference}`;
  return {
    bytes: jsonBytes({ plan, reference }),
    apply: ({ context }) => {
      if (plan.action === 'replace') context.workbook.names.getItem(plan.actual).delete();
      const added = context.workbook.names.add(plan.actual, reference);
      // An owner marker is bookkeeping, not something to pick in the Name Box.
      if (isOwnerMarker(plan.actual)) added.visible = false;
    },
  };
}

function markerWrite(marker: WritePlan['markers'][number]): QueuedWrite {
  const reference = `=${sheetRef(marker.sheet)}!$A$1`;
  return {
    bytes: jsonBytes({ marker, reference }),
    apply: ({ context }) => {
      // Hidden: the marker is bookkeeping, not something to pick in the Name Box.
      context.workbook.names.add(marker.name, reference).visible = false;
    },
  };
}

/** Sheets first (so cross-sheet formulas and names find them), then names and markers. */
export function setupWrites(plan: WritePlan): QueuedWrite[] {
  return [
    ...plan.sheets.map(sheetSetupWrite),
    ...plan.names.map(nameWrite),
    ...plan.markers.map(markerWrite),
  ];
}
