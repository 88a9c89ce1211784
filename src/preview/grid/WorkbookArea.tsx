import { useEffect, useState } from 'react';
import type { FakeExcelHost } from '../fake-excel';
import { ExportedWorkbook } from './ExportedWorkbook';
import { WorkbookGrid } from './WorkbookGrid';

/** Fired by the preview page after the add-in opened a new workbook (Excel.createWorkbook). */
export const WORKBOOK_CREATED_EVENT = 'thidua-preview-workbook-created';

/**
 * The workbook side of the preview: the open workbook, and one more tab for each workbook the add-in
 * opened (the exported papers), as Excel would open them in a new window.
 */
export function WorkbookArea({ host }: { host: FakeExcelHost }) {
  const [count, setCount] = useState(host.createdWorkbooks.length);
  const [view, setView] = useState<number | 'open'>('open');
  useEffect(() => {
    const created = () => setCount(host.createdWorkbooks.length);
    window.addEventListener(WORKBOOK_CREATED_EVENT, created);
    return () => window.removeEventListener(WORKBOOK_CREATED_EVENT, created);
  }, [host]);
  return (
    <>
      {count > 0 && (
        <div className="preview-books" role="tablist" aria-label="Sổ làm việc">
          <button type="button" role="tab" aria-selected={view === 'open'} onClick={() => setView('open')}>
            Sổ đang mở
          </button>
          {Array.from({ length: count }, (_, i) => (
            <button
              key={i}
              type="button"
              role="tab"
              aria-selected={view === i}
              onClick={() => setView(i)}
              data-testid="exported-workbook-tab"
            >
              Sổ đã xuất {i + 1}
            </button>
          ))}
        </div>
      )}
      {view === 'open' ? (
        <WorkbookGrid host={host} />
      ) : (
        <ExportedWorkbook base64={host.createdWorkbooks[view]} />
      )}
    </>
  );
}
