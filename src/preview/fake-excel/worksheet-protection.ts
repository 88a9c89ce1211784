/**
 * Worksheet.protection. Office.js: protect() "Protects a worksheet. Fails if the worksheet has already been
 * protected." A wrong password to unprotect() is BadPassword.
 */
import { apiError, invalidArgument } from './errors';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { DEFAULT_PROTECTION_OPTIONS } from './sheet-model';
import type { ProtectionOptions, SheetModel } from './sheet-model';

function checkOptions(input: unknown, location: string): Partial<ProtectionOptions> {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object') throw invalidArgument(location);
  const out: Partial<ProtectionOptions> = {};
  for (const [k, v] of Object.entries(input)) {
    if (!(k in DEFAULT_PROTECTION_OPTIONS)) throw invalidArgument(location);
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

export class FakeWorksheetProtection extends ClientObjectBase<SheetModel> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<SheetModel>) {
    super(context, 'WorksheetProtection', path, resolver);
  }

  get protected(): boolean {
    return this._get('protected');
  }

  get options(): ProtectionOptions {
    return this._get('options');
  }

  /** Excel: "Protects a worksheet. Fails if the worksheet has already been protected." */
  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this._call('protect', [options, password], (sheet, _model, [opts, pwd]) => {
      if (sheet.protection.protected) throw apiError('AccessDenied', 'WorksheetProtection.protect');
      sheet.protection = {
        protected: true,
        options: { ...DEFAULT_PROTECTION_OPTIONS, ...checkOptions(opts, 'WorksheetProtection.protect') },
        password: typeof pwd === 'string' && pwd !== '' ? pwd : undefined,
      };
    });
  }

  unprotect(password?: string): void {
    this._call('unprotect', [password], (sheet, _model, [pwd]) => {
      if (!sheet.protection.protected) return;
      if (sheet.protection.password !== undefined && pwd !== sheet.protection.password) {
        throw apiError('BadPassword', 'WorksheetProtection.unprotect');
      }
      sheet.protection = { ...sheet.protection, protected: false, password: undefined };
    });
  }

  updateOptions(options: Partial<ProtectionOptions>): void {
    this._call('updateOptions', [options], (sheet, _model, [opts]) => {
      sheet.protection.options = {
        ...sheet.protection.options,
        ...checkOptions(opts, 'WorksheetProtection.updateOptions'),
      };
    });
  }

  protected _scalarNames(): readonly string[] {
    return ['protected', 'options'];
  }

  protected _read(sheet: SheetModel, name: string): unknown {
    return name === 'protected' ? sheet.protection.protected : { ...sheet.protection.options };
  }
}
