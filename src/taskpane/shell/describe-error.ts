import { officeErrorToVietnamese } from '../../excel/errors';

/** Vietnamese letters with diacritics: an error thrown with such a message was written for the user. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/**
 * A user-facing sentence for any failure, with the technical text kept apart for support. Office errors are
 * translated; our own errors already say in Vietnamese what went wrong and what to do, so they are shown as
 * they are; anything else gets the general sentence.
 */
export function describeError(error: unknown, fallback: string): { message: string; details?: string } {
  const office = officeErrorToVietnamese(error);
  if (office) {
    const details = error instanceof Error ? `${error.name}: ${error.message}` : undefined;
    return { message: office, details: details !== office ? details : undefined };
  }
  if (error instanceof Error && VIETNAMESE.test(error.message)) return { message: error.message };
  return {
    message: fallback,
    details: error instanceof Error ? `${error.name}: ${error.message}` : undefined,
  };
}
