import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { FakeExcelHost } from '../fake-excel';
import { cellAddress, columnLetter, parseRangeAddress } from '../../layout/a1';
import { ChartBars } from './ChartBars';
import { mergeLayout, pointsToPixels } from './grid-layout';
import { cellStyle } from './cell-style';
import { SheetTabs } from './SheetTabs';

/** Large sheets are shown up to this size: enough for 150 staff and 60 criteria × 3 levels. */
const MAX_ROWS = 400;
const MAX_COLUMNS = 260;

interface GridProps {
  host: FakeExcelHost;
}

/**
 * A read-mostly view of the fake workbook: sheet tabs, the cells of the active sheet with their formats,
 * and a formula bar where a person can type into an unlocked cell, as in Excel.
 */
export function WorkbookGrid({ host }: GridProps) {
  // Every sync that changes the workbook, and every typed edit, re-reads the grid.
  const [version, setVersion] = useState(0);
  useEffect(() => host.onChange(() => setVersion((v) => v + 1)), [host]);
  const selection = host.inspect.selection();
  const [sheet, setSheet] = useState(selection.sheet);
  const [selected, setSelected] = useState('A1');
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  // Follow the add-in when it activates a sheet or selects a cell (e.g. "go to cell" in the pane).
  useEffect(() => {
    const current = host.inspect.selection();
    setSheet(current.sheet);
    setSelected(current.address.split(':')[0]);
  }, [host, version]);

  const names = host.inspect.sheetNames();
  const activeSheet = names.includes(sheet) ? sheet : names[0];
  const cells = useMemo(() => {
    const used = host.inspect.usedRange(activeSheet);
    if (!used) return [];
    const r = parseRangeAddress(used);
    const lastRow = Math.min(r.lastRow, MAX_ROWS - 1);
    const lastCol = Math.min(r.lastCol, MAX_COLUMNS - 1);
    return host.inspect.cells(activeSheet, `A1:${cellAddress(lastRow, lastCol)}`);
    // `version` is a dependency on purpose: the host's contents changed, so the cells are read again.
  }, [host, activeSheet, version]);

  // Merged areas and column widths, read again with the cells (a rebuilt sheet changes them).
  const merges = useMemo(() => mergeLayout(host.inspect.merges(activeSheet)), [host, activeSheet, version]);
  const widths = useMemo(
    () => (cells[0] ?? []).map((_, col) => pointsToPixels(host.inspect.columnWidth(activeSheet, col))),
    [host, activeSheet, cells],
  );
  const current = cells.flat().find((c) => c.address === selected);
  const commit = () => {
    if (draft === null) return;
    const result = host.userEdit(activeSheet, selected, draft);
    setMessage(result.ok ? (result.warning ?? '') : result.reason);
    setDraft(null);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };

  return (
    <section className="preview-grid" aria-label="Sổ làm việc giả lập" data-sheet={activeSheet}>
      <div className="preview-formula-bar">
        <span className="preview-address" data-testid="grid-address">
          {selected}
        </span>
        <input
          aria-label="Nội dung ô"
          data-testid="grid-input"
          value={draft ?? current?.formula ?? String(current?.value ?? '')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKey}
          onBlur={commit}
        />
      </div>
      <div className="preview-message" role="status" data-testid="grid-message">
        {message}
      </div>
      <div className="preview-cells">
        <table>
          <colgroup>
            <col style={{ width: '40px' }} />
            {widths.map((width, col) => (
              <col key={col} style={{ width: `${width}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th aria-label="Cột" />
              {widths.map((_, col) => (
                <th key={col} scope="col" data-testid="grid-column">
                  {columnLetter(col)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cells.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <th scope="row">{rowIndex + 1}</th>
                {row.map((cell) =>
                  merges.covered.has(cell.address) ? null : (
                    <td
                      key={cell.address}
                      rowSpan={merges.spans.get(cell.address)?.rowSpan}
                      colSpan={merges.spans.get(cell.address)?.colSpan}
                      data-cell={cell.address}
                      data-editable={cell.editable ? 'true' : 'false'}
                      className={cell.address === selected ? 'selected' : undefined}
                      style={cellStyle(cell)}
                      title={cell.formula ?? undefined}
                      onClick={() => {
                        setSelected(cell.address);
                        setDraft(null);
                        setMessage('');
                        host.userSelect(activeSheet, cell.address);
                      }}
                    >
                      {cell.text}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <ChartBars host={host} sheet={activeSheet} />
      </div>
      <SheetTabs
        names={names}
        active={activeSheet}
        onSelect={(name) => {
          setSheet(name);
          setSelected('A1');
          host.userSelect(name, 'A1');
        }}
      />
    </section>
  );
}
