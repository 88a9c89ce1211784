/**
 * Executes a "Quy chế" section write planned in layout/workbook (quy-che-section.ts, where its overwrite
 * rule is stated): the sheet is unprotected, the old section's rows cleared of formats and validations in
 * columns A–D, the blocks written, formats, validations and the section's workbook names put back, and
 * the sheet protected again. Nothing outside those rows and columns is touched.
 */
import { rangeAddress } from '../layout/a1';
import type { QuyCheSectionWrite } from '../layout/workbook/quy-che-section';
import type { ExistingName } from '../layout/workbook/write-plan';
import { sameSheetName } from '../layout/sheet-rules';
import { toFormulaInput } from './cell-input';
import { featureWrites, protectionWrite } from './feature-writes';
import { jsonBytes } from './payload';
import { styleWrite } from './style-writes';
import type { QueuedWrite } from './write-queue';

export function quyCheSectionWrites(
  write: QuyCheSectionWrite,
  existing: readonly ExistingName[],
): QueuedWrite[] {
  const { sheet } = write;
  const writes: QueuedWrite[] = [
    {
      bytes: jsonBytes(write.clearRange ?? ''),
      apply: (scope) => {
        const target = scope.sheet(sheet);
        target.protection.unprotect();
        if (!write.clearRange) return;
        const old = target.getRange(write.clearRange);
        old.dataValidation.clear();
        old.clear('Formats');
      },
    },
    ...write.blocks.map(({ firstRow, cells }) => {
      const formulas = cells.map((row) => row.map(toFormulaInput));
      return {
        bytes: jsonBytes(formulas),
        apply: (scope) => {
          const range = rangeAddress(firstRow, 0, firstRow + cells.length - 1, formulas[0].length - 1);
          scope.sheet(sheet).getRange(range).formulas = formulas;
        },
      } satisfies QueuedWrite;
    }),
    ...write.styles.map((styled) => styleWrite(sheet, styled)),
    ...featureWrites({ name: sheet, cells: [], validations: write.validations }),
    ...write.names.map((name): QueuedWrite => ({
      bytes: jsonBytes(name),
      apply: ({ context }) => {
        const old = existing.find((item) => sameSheetName(item.name, name.name));
        if (old) context.workbook.names.getItem(old.name).delete();
        context.workbook.names.add(name.name, `=${name.reference.replace(/^=/, '')}`);
      },
    })),
    ...protectionWrite({ name: sheet, cells: [], protect: true }),
  ];
  return writes;
}
