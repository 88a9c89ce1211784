/** Styles of the preview page only (the task pane itself is styled by Fluent UI). */
export const PREVIEW_CSS = `
.preview-layout { display: flex; height: 100vh; }
.preview-pane { width: 380px; min-width: 320px; border-right: 1px solid #d0d0d0; overflow: auto; }
.preview-workbook { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.preview-grid { display: flex; flex-direction: column; height: 100%; }
.preview-formula-bar { display: flex; gap: 8px; padding: 6px; border-bottom: 1px solid #d0d0d0; background: #f6f6f6; }
.preview-address { min-width: 60px; font-family: Consolas, monospace; padding: 4px; }
.preview-formula-bar input { flex: 1; font-family: Consolas, monospace; padding: 4px; }
.preview-message { min-height: 1.2em; padding: 2px 8px; color: #a4262c; font-size: 13px; }
.preview-cells { flex: 1; overflow: auto; }
.preview-cells table { border-collapse: collapse; font-size: 12px; table-layout: fixed; }
.preview-cells thead th { position: sticky; top: 0; z-index: 1; text-align: center; }
.preview-books { display: flex; gap: 2px; padding: 4px; background: #e8e8e8; border-bottom: 1px solid #d0d0d0; }
.preview-books button { border: 1px solid #c8c8c8; background: #fff; padding: 4px 10px; cursor: pointer; }
.preview-books button[aria-selected='true'] { background: #217346; color: #fff; font-weight: 600; }
.preview-charts { display: flex; flex-wrap: wrap; gap: 16px; padding: 12px; }
.preview-chart { margin: 0; border: 1px solid #d0d0d0; padding: 8px; background: #fff; }
.preview-chart figcaption { font-weight: 600; margin-bottom: 4px; }
.preview-cells th { background: #f3f3f3; color: #555; font-weight: normal; padding: 0 4px; border: 1px solid #e1e1e1; position: sticky; left: 0; }
.preview-cells td { border: 1px solid #e1e1e1; padding: 1px 4px; max-width: 220px; overflow: hidden; text-overflow: ellipsis; cursor: cell; }
.preview-cells td.selected { outline: 2px solid #217346; outline-offset: -2px; }
.preview-tabs { display: flex; gap: 2px; padding: 4px; border-top: 1px solid #d0d0d0; background: #f3f3f3; overflow-x: auto; }
.preview-tabs button { border: 1px solid #c8c8c8; background: #fff; padding: 4px 10px; cursor: pointer; white-space: nowrap; }
.preview-tabs button[aria-selected='true'] { background: #217346; color: #fff; font-weight: 600; }
`;
