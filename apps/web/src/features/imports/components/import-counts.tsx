import type { ImportDto } from '@recode/contracts';
import { Fragment } from 'react';
import { formatCount } from '../../../lib/format';

/** What the import did to the encounters, in the words an administrator checks a load by. */
export function ImportCounts({ item }: { item: ImportDto }) {
  const c = item.counts;
  const rows: [string, number][] = [
    ['New encounters', c.encountersCreated],
    ['New versions', c.encountersVersioned],
    ['Unchanged', c.encountersUnchanged],
    ['Rejected', c.encountersRejected],
    ['Flagged for pre-audit check', c.encountersFlagged],
    ['Codes written', c.codesWritten],
    ['Rows with errors', item.rowsWithErrors],
  ];
  return (
    <dl className="facts facts-compact import-counts" aria-label="Import counts">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className="num">{formatCount(value)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
