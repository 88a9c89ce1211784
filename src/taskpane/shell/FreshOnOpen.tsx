import { useEffect, useRef } from 'react';
import { useCase } from '../state/CaseProvider';

/**
 * Opening a panel reads the workbook again, so the panel shows what the sheets hold now (a score typed in
 * Excel, a ballot entered in another panel), not what they held when the pane opened. The pane's first
 * panel needs no second read: the case is read when the pane opens.
 */
export function FreshOnOpen({ panelId }: { panelId: string }) {
  const { ensureFresh } = useCase();
  const opened = useRef(panelId);
  useEffect(() => {
    if (opened.current === panelId) return;
    opened.current = panelId;
    void ensureFresh();
  }, [panelId, ensureFresh]);
  return null;
}
