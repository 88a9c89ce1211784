/**
 * The preview page: the real task pane beside an in-memory workbook (the fake Excel host), so a person
 * without Excel can try every panel and the browser tests can drive it. Never part of the production bundle.
 */
import { createRoot } from 'react-dom/client';
import { createFakeExcelHost, installFakeOfficeGlobals } from './fake-excel';
import { mountTaskpane } from '../taskpane/mount';
import { WORKBOOK_CREATED_EVENT, WorkbookArea } from './grid/WorkbookArea';
import { PREVIEW_CSS } from './preview-css';
import { loadSampleSchool } from './load-sample';

const host = createFakeExcelHost({ sheets: ['Sheet1'], displayLocale: 'vi-VN' });
// Debug hook for the browser tests (created workbooks, charts); only the preview page defines it.
(window as unknown as { __thiDuaPreview?: typeof host }).__thiDuaPreview = host;
const params = new URLSearchParams(window.location.search);
installFakeOfficeGlobals(host, {
  displayLanguage: params.get('lang') ?? 'vi-VN',
  supportedApiVersion: params.get('api') ?? '1.17',
  // ?dialog=1.1 tries the projector's storage fallback; ?dialog=none the in-pane view only.
  dialogApiVersion: params.get('dialog') === 'none' ? null : (params.get('dialog') ?? '1.2'),
});

// A workbook the add-in opens (the exported papers) gets its own tab beside the open one.
const excel = (window as unknown as { Excel: { createWorkbook(base64?: string): Promise<void> } }).Excel;
const createWorkbook = excel.createWorkbook.bind(excel);
excel.createWorkbook = async (base64?: string) => {
  await createWorkbook(base64);
  window.dispatchEvent(new Event(WORKBOOK_CREATED_EVENT));
};

const style = document.createElement('style');
style.textContent = PREVIEW_CSS;
document.head.appendChild(style);

const root = document.getElementById('preview-root');
if (root) {
  root.innerHTML = `
    <div class="preview-layout">
      <aside class="preview-pane" aria-label="Ngăn tác vụ Thi Đua"><div id="pane"></div></aside>
      <div class="preview-workbook" id="workbook"></div>
    </div>
    `;
  // ?pane=320 sets the task pane's width, as Excel does when the user drags the pane narrower.
  const paneWidth = Number(params.get('pane'));
  if (Number.isFinite(paneWidth) && paneWidth > 0) {
    const pane = root.querySelector<HTMLElement>('.preview-pane');
    if (pane)
      Object.assign(pane.style, {
        width: `${paneWidth}px`,
        minWidth: `${paneWidth}px`,
        maxWidth: `${paneWidth}px`,
      });
  }
  createRoot(document.getElementById('workbook') as HTMLElement).render(<WorkbookArea host={host} />);
  // ?sample=1 opens the preview on the sample school's workbook, built by the real excel/ adapter.
  const ready = params.get('sample') ? loadSampleSchool() : Promise.resolve();
  void ready
    .then(() => mountTaskpane(document.getElementById('pane') as HTMLElement))
    .then(() => {
      const marker = document.createElement('span');
      marker.dataset.testid = 'preview-ready';
      marker.hidden = true;
      document.body.appendChild(marker);
    });
}
