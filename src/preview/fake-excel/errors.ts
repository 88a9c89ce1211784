/**
 * Errors shaped like OfficeExtension.Error ("RichApi.Error"): code, message, debugInfo, traceMessages,
 * innerError, httpStatusCode. Codes and messages are Excel's own (learn.microsoft.com, "Error handling with
 * the application-specific JavaScript APIs"), so adapter code can branch on `error.code` exactly as in Excel.
 */

export const ERROR_MESSAGES = {
  AccessDenied: 'You cannot perform the requested operation.',
  BadPassword: 'The password you supplied is incorrect.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
} as const;

export type FakeErrorCode = keyof typeof ERROR_MESSAGES;

/** Message of the InvalidArgument Excel raises when a values/formulas array does not fit its range. */
export const DIMENSION_MISMATCH_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

const HTTP_STATUS: Partial<Record<string, number>> = {
  AccessDenied: 401,
  GeneralException: 500,
  InvalidArgument: 400,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
};

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, debugInfo: Partial<FakeDebugInfo> = {}) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...debugInfo };
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** An error raised while a batch runs; context.sync() adds the statement that failed. */
export function apiError(code: FakeErrorCode, errorLocation?: string, message?: string): FakeOfficeError {
  return new FakeOfficeError(code, message ?? ERROR_MESSAGES[code], errorLocation ? { errorLocation } : {});
}

export const invalidArgument = (location?: string, message?: string): FakeOfficeError =>
  apiError('InvalidArgument', location, message);
export const itemNotFound = (location?: string): FakeOfficeError => apiError('ItemNotFound', location);
export const accessDenied = (location?: string): FakeOfficeError => apiError('AccessDenied', location);

/** Thrown synchronously when a property is read before load() + sync(), like Office.js does. */
export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError('PropertyNotLoaded', ERROR_MESSAGES.PropertyNotLoaded.replace('{0}', property), {
    errorLocation: `${entity}.${property}`,
  });
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError('ValueNotLoaded', ERROR_MESSAGES.ValueNotLoaded);
}

/** Copies an error with the statement Office.js reports in debugInfo. */
export function withStatement(
  error: FakeOfficeError,
  statement: string,
  surroundingStatements: string[],
): FakeOfficeError {
  return new FakeOfficeError(error.code, error.message, {
    ...error.debugInfo,
    statement,
    surroundingStatements,
    fullStatements: ['Please enable config.extendedErrorLogging to see full statements.'],
  });
}
