import { isExcelApiSupported } from './requirements';

/**
 * What the pane needs to know about the Office host before it renders: is it ready, which language,
 * light or dark, and does it support the API level the add-in requires. Kept in excel/ so the task pane
 * never reaches for the Office global itself.
 */

export interface HostInfo {
  displayLanguage: string | undefined;
  dark: boolean;
  supported: boolean;
}

const REQUIRED_EXCEL_API = '1.9';

function luminance(hex: string | undefined): number | null {
  if (!hex || !/^#?[0-9a-fA-F]{6}$/.test(hex)) return null;
  const n = parseInt(hex.replace('#', ''), 16);
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Resolves once Office.js has initialised (Office.onReady), with what the pane needs to render. */
export async function waitForHost(): Promise<HostInfo> {
  await Office.onReady();
  const context = Office.context;
  const background = context?.officeTheme?.bodyBackgroundColor;
  const lum = luminance(background);
  return {
    displayLanguage: context?.displayLanguage,
    dark: lum !== null && lum < 0.4,
    supported: isExcelApiSupported(REQUIRED_EXCEL_API),
  };
}
