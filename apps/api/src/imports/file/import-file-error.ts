import type { ImportFailure } from '@recode/contracts';

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
    return { code: this.code, message: this.message, details: this.details };
  }
}
