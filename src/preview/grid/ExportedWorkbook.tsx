import { useEffect, useState } from 'react';
import { columnLetter } from '../../layout/a1';
import type { WorkbookGrids } from '../../xlsx/read';

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * A workbook the add-in opened with Excel.createWorkbook (the papers for the Phòng), read back from its
 * .xlsx bytes and shown read-only, sheet by sheet, as the recipient would open it.
 */
export function ExportedWorkbook({ base64 }: { base64: string }) {
  const [grids, setGrids] = useState<WorkbookGrids>();
  const [error, setError] = useState('');
  const [sheet, setSheet] = useState(0);
  useEffect(() => {
    let live = true;
    setGrids(undefined);
    setError('');
    import('../../xlsx/load')
      .then((m) => m.gridsFromXlsxBytes(bytesOf(base64)))
      .then((read) => live && setGrids(read))
      .catch((e: unknown) => live && setError(`Không đọc được sổ đã xuất: ${String(e)}`));
    return () => {
      live = false;
    };
  }, [base64]);
  if (error) return <p className="preview-message">{error}</p>;
  if (!grids) return <p>Đang mở sổ đã xuất…</p>;
  const current = grids.sheets[sheet];
  const width = Math.max(0, ...(current?.values ?? []).map((row) => row.length));
  return (
    <section className="preview-grid" aria-label="Sổ đã xuất" data-testid="exported-workbook">
      <div className="preview-cells">
        <table>
          <thead>
            <tr>
              <th aria-label="Cột" />
              {Array.from({ length: width }, (_, col) => (
                <th key={col} scope="col">
                  {columnLetter(col)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(current?.values ?? []).map((row, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: width }, (_, c) => (
                  <td key={c}>{row[c] === null || row[c] === undefined ? '' : String(row[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="preview-tabs" role="tablist" aria-label="Các trang của sổ đã xuất">
        {grids.sheets.map((s, i) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={i === sheet}
            onClick={() => setSheet(i)}
            data-testid="exported-sheet-tab"
          >
            {s.name}
          </button>
        ))}
      </div>
    </section>
  );
}
