import { createRoot } from 'react-dom/client';
import { waitForHost } from '../excel/office-host';
import { chooseLanguage, dictionaries, savedLanguage } from './i18n';
import { App } from './shell/App';
import { PANELS } from './panels/registry';

/** Renders the task pane into `container` once Office is ready; shared by Excel and the preview page. */
export async function mountTaskpane(container: HTMLElement): Promise<void> {
  const host = await waitForHost();
  const language = savedLanguage() ?? chooseLanguage(host.displayLanguage);
  if (!host.supported) {
    container.textContent = dictionaries[language].errors.unsupportedHost;
    return;
  }
  createRoot(container).render(<App language={language} dark={host.dark} panels={PANELS} />);
}
