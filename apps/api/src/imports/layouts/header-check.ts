import type { ImportLayout } from '@recode/contracts';
import { ImportFileError } from '../file/import-file-error';
import { LAYOUT_COLUMNS, type LayoutColumns } from './layout-columns';

export interface CheckedHeader {
  layout: ImportLayout;
  /** Column name → position in each record. */
  index: ReadonlyMap<string, number>;
}

const OTHER_DELIMITERS: readonly [string, string][] = [
  [';', 'semicolons (;)'],
  ['\t', 'tabs'],
  ['|', 'pipes (|)'],
];

/**
 * Checks the first row of a file against the layouts. Names are compared trimmed and lower-case.
 * Every failure says what is wrong and where (column number, 1-based, as a spreadsheet shows it).
 */
export function checkHeader(
  rawHeader: readonly string[],
  requested: ImportLayout | 'auto',
  format: 'csv' | 'json' = 'csv',
): CheckedHeader {
  if (format === 'json') {
    try {
      return checkHeader(rawHeader, requested, 'csv');
    } catch (err) {
      throw err instanceof ImportFileError ? inJsonWords(err, rawHeader) : err;
    }
  }
  const header = rawHeader.map((name) => name.trim().toLowerCase());
  checkDelimiter(rawHeader);
  const layout = requested === 'auto' ? detectLayout(header) : requested;
  const columns = LAYOUT_COLUMNS[layout];
  if (requested !== 'auto' && !columns.signature.some((c) => header.includes(c))) noHeader(header, columns);
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const first = index.get(name);
    if (first !== undefined) {
      const what = name === '' ? 'Two columns have no name' : `Column "${name}" appears twice in the header`;
      throw new ImportFileError(
        'IMPORT_HEADER_DUPLICATE',
        `${what} (columns ${first + 1} and ${i + 1}); each column must be named once`,
        [{ path: `file:row:1:column:${i + 1}`, message: `duplicate of column ${first + 1}` }],
      );
    }
    index.set(name, i);
  });
  const known = new Set([...columns.required, ...columns.optional]);
  const unknown = header.map((name, i) => ({ name, i })).filter(({ name }) => !known.has(name));
  if (unknown.length) {
    const list = unknown.map(({ name, i }) =>
      name === '' ? `(no name) at column ${i + 1}` : `"${name}" at column ${i + 1}`,
    );
    throw new ImportFileError(
      'IMPORT_HEADER_UNKNOWN_COLUMNS',
      `The header has ${unknown.length === 1 ? 'a column' : `${unknown.length} columns`} the ${layout} layout does not know: ${list.slice(0, 10).join(', ')}${list.length > 10 ? ', …' : ''}`,
      unknown.map(({ name, i }) => ({ path: `file:row:1:column:${i + 1}`, message: `unknown column "${name}"` })),
    );
  }
  const missing = columns.required.filter((c) => !index.has(c));
  if (missing.length) {
    throw new ImportFileError(
      'IMPORT_HEADER_MISSING_COLUMNS',
      `The header lacks required ${missing.length === 1 ? 'column' : 'columns'} ${missing.map((c) => `"${c}"`).join(', ')} for the ${layout} layout`,
      missing.map((c) => ({ path: 'file:row:1', message: `missing column "${c}"` })),
    );
  }
  return { layout, index };
}

function checkDelimiter(header: readonly string[]): void {
  if (header.length !== 1) return;
  const only = header[0] ?? '';
  for (const [char, name] of OTHER_DELIMITERS) {
    if (only.split(char).length > 2) {
      throw new ImportFileError(
        'IMPORT_WRONG_DELIMITER',
        `The header is a single column that contains ${name}: the file seems to be separated by ${name}. Save it as comma-separated CSV`,
        [{ path: 'file:row:1', message: `"${only.slice(0, 80)}" is one column` }],
      );
    }
  }
}

function detectLayout(header: readonly string[]): ImportLayout {
  const scores = Object.values(LAYOUT_COLUMNS).map((c) => ({
    c,
    hits: c.signature.filter((s) => header.includes(s)).length,
  }));
  const best = scores.filter((s) => s.hits === s.c.signature.length);
  if (best.length === 1) return (best[0] as { c: LayoutColumns }).c.layout;
  const partial = scores.sort((a, b) => b.hits - a.hits)[0];
  if (partial && partial.hits > 0) return partial.c.layout;
  return noHeader(header, null);
}

/** Either the first row is data (no header at all) or the columns belong to no layout we know. */
function noHeader(header: readonly string[], expected: LayoutColumns | null): never {
  const looksLikeData =
    header.filter((cell) => /^\d{4}-\d{2}-\d{2}$|^[0-9.]+$|^[A-Z][0-9][0-9A-Z]{1,5}$/i.test(cell)).length >=
    Math.min(2, header.length);
  const expectedText = expected
    ? `the ${expected.layout} layout starts with columns such as ${expected.signature.join(', ')}`
    : `expected the code-lines layout (${LAYOUT_COLUMNS['code-lines'].signature.join(', ')}, …) or the claim-lines layout (${LAYOUT_COLUMNS['claim-lines'].signature.join(', ')}, …)`;
  if (looksLikeData) {
    throw new ImportFileError(
      'IMPORT_HEADER_MISSING',
      `Row 1 looks like data, not a header ("${header.slice(0, 4).join('", "')}"): add a header row; ${expectedText}`,
      [{ path: 'file:row:1', message: 'no header row' }],
    );
  }
  throw new ImportFileError(
    'IMPORT_HEADER_MISSING',
    `Row 1 is not a header we recognise ("${header.slice(0, 4).join('", "')}"…): ${expectedText}`,
    [{ path: 'file:row:1', message: 'unrecognised header' }],
  );
}

/** A JSON file has no header row: its first record's keys play that part, and the message says so. */
function inJsonWords(err: ImportFileError, keys: readonly string[]): ImportFileError {
  const shown =
    keys
      .slice(0, 4)
      .map((k) => `"${k.slice(0, 40)}"`)
      .join(', ') + (keys.length > 4 ? ', …' : '');
  const shape =
    'a JSON file must be an array of records (or one record per line) whose keys are the columns of a layout';
  if (err.code === 'IMPORT_HEADER_MISSING') {
    const example = `${LAYOUT_COLUMNS['code-lines'].signature.join(', ')}, … or ${LAYOUT_COLUMNS['claim-lines'].signature.join(', ')}, …`;
    return new ImportFileError(
      'IMPORT_JSON_NOT_RECORDS',
      `The first JSON record has the keys ${shown || '(none)'}, which are not the columns of a layout we know: ${shape} (${example})`,
      [{ path: 'file:row:1', message: 'not a record of a known layout' }],
    );
  }
  const message = err.message
    .replace(/^The header (has|lacks)/, 'The first JSON record $1')
    .replace(/\bcolumns?\b/g, (w) => (w === 'column' ? 'key' : 'keys'));
  return new ImportFileError(
    err.code,
    message,
    err.details.map((d) => ({ path: 'file:row:1', message: d.message.replace(/\bcolumn\b/g, 'key') })),
  );
}
