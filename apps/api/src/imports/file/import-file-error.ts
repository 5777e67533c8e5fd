import type { ImportFailure } from '@recode/contracts';

/** A failure is shown in lists and stored in a row: a hostile 900 KB header must not become a 900 KB message. */
export const MAX_FAILURE_MESSAGE = 1024;
const MAX_DETAIL_MESSAGE = 300;
const MAX_DETAILS = 20;

/**
 * A problem with the file as a whole (not one row): the import stops, nothing is written, and the
 * message names what is wrong and where (row, line or byte offset).
 */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: ImportFailure['details'] = [],
  ) {
    super(message);
    this.name = 'ImportFileError';
  }

  toFailure(): ImportFailure {
    return capFailure({ code: this.code, message: this.message, details: this.details });
  }
}

/** Caps the message (about 1 KB) and each detail, keeping the start of the offending text as a sample. */
export function capFailure(failure: ImportFailure): ImportFailure {
  return {
    code: failure.code,
    message: cap(failure.message, MAX_FAILURE_MESSAGE),
    details: failure.details.slice(0, MAX_DETAILS).map((d) => ({
      ...d,
      ...(d.path === undefined ? {} : { path: cap(d.path, MAX_DETAIL_MESSAGE) }),
      message: cap(d.message, MAX_DETAIL_MESSAGE),
    })),
  };
}

function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = ` … (${text.length.toLocaleString('en-US')} characters in all; cut here)`;
  return text.slice(0, max - note.length) + note;
}
