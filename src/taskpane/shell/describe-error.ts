import { officeErrorToVietnamese } from '../../excel/errors';

/** A user-facing sentence for any failure, with the technical text kept apart for support. */
export function describeError(error: unknown, fallback: string): { message: string; details?: string } {
  const message = officeErrorToVietnamese(error) ?? fallback;
  const details = error instanceof Error ? `${error.name}: ${error.message}` : undefined;
  return { message, details: details && details !== message ? details : undefined };
}
