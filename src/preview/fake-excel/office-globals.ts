/**
 * A minimal `Office` (onReady, context.displayLanguage, requirements.isSetSupported) and the fake `Excel`
 * on globalThis, so the real task pane runs in the preview page unchanged.
 */
import { FAKE_EXCEL_ENUMS } from './enums';
import { FakeOfficeError } from './errors';
import type { FakeExcelHost } from './index';
import { ASYNC_RESULT_STATUS, DIALOG_EVENT_TYPES, createFakeDialogApi } from '../fake-dialog';

export interface FakeOfficeOptions {
  /** Office.context.displayLanguage; the preview defaults to Vietnamese. */
  displayLanguage?: string;
  /** Highest ExcelApi requirement set reported as supported, e.g. "1.9" for Excel 2021. */
  supportedApiVersion?: string;
  /** Highest DialogApi reported (window.open-based dialogs), null for none; "1.2" by default. */
  dialogApiVersion?: string | null;
}

function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export function installFakeOfficeGlobals(host: FakeExcelHost, options: FakeOfficeOptions = {}): void {
  const displayLanguage = options.displayLanguage ?? 'vi-VN';
  const supported = options.supportedApiVersion ?? '1.17';
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  // Dialogs need a window to open; the node tests of the fake host have none.
  const dialogs =
    typeof window === 'undefined'
      ? undefined
      : createFakeDialogApi(
          window,
          options.dialogApiVersion === undefined ? '1.2' : options.dialogApiVersion,
        );
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    EventType: DIALOG_EVENT_TYPES,
    AsyncResultStatus: ASYNC_RESULT_STATUS,
    onReady: (callback?: (i: typeof info) => void) => {
      if (callback) queueMicrotask(() => callback(info));
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      host: 'Excel',
      platform: 'OfficeOnline',
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          (name === 'ExcelApi' && versionAtMost(String(minVersion ?? '1.1'), supported)) ||
          (name === 'DialogApi' && dialogs !== undefined && dialogs.supports(String(minVersion ?? '1.1'))),
      },
      ...(dialogs ? { ui: dialogs.ui } : {}),
    },
  };
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Excel = host.Excel;
  globals.Office = office;
  if (globals.OfficeExtension === undefined) {
    globals.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: FAKE_EXCEL_ENUMS.ErrorCodes };
  }
}
