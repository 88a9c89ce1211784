/** Writes a new state of the targets area through the case store: one progress message, then a fresh read. */
import { useCallback } from 'react';
import type { CaseTargets } from '../../../../domain/case';
import { runExcel } from '../../../../excel';
import { writeTargetsArea } from '../../../../excel/operations/targets-area';
import { useCase } from '../../../state/CaseProvider';

export function useWriteTargets(): (targets: CaseTargets, message: string) => Promise<boolean> {
  const { read, perform } = useCase();
  return useCallback(
    async (targets, message) => {
      if (!read) return false;
      const result = await perform(
        message,
        () => runExcel((context) => writeTargetsArea(context, read.schoolCase, targets, read)),
        { reload: true },
      );
      return result !== undefined;
    },
    [read, perform],
  );
}
