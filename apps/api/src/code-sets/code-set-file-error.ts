import { AppError } from '../common/errors';

/**
 * A code-set file that cannot be loaded. It names the file, the row (the line number a spreadsheet
 * or editor shows, the header being row 1) and the field, so the file can be fixed without guessing.
 */
export class CodeSetFileError extends AppError {
  constructor(
    readonly fileName: string,
    readonly row: number | null,
    readonly field: string | null,
    problem: string,
  ) {
    const where = [fileName, row === null ? null : `row ${row}`, field === null ? null : `field ${field}`]
      .filter((part) => part !== null)
      .join(', ');
    super(400, 'CODE_SET_FILE_INVALID', `${where}: ${problem}`, [
      { path: [fileName, row ?? '', field ?? ''].join(':'), message: problem },
    ]);
    this.name = 'CodeSetFileError';
  }
}
