import type { ImportDetailDto } from '@recode/contracts';
import { StatusBadge } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useCancelImport } from '../api/use-cancel-import';
import { ERRORS_CSV_PATH, formatBytes, importStatusLabel, importStatusTone, isImportActive } from '../import-status';
import { ImportCounts } from './import-counts';
import { ImportErrorsTable } from './import-errors-table';
import { ImportProgress } from './import-progress';
import { ProblemAlert } from './problem-alert';

const LAYOUT_LABEL = { 'code-lines': 'Code lines', 'claim-lines': 'Claim lines', auto: 'Detect' } as const;

/** One import: live progress while it runs, then its counts and its error report. */
export function ImportDetail({ item }: { item: ImportDetailDto }) {
  const cancel = useCancelImport();
  const active = isImportActive(item.status);
  const layout = item.layout ? LAYOUT_LABEL[item.layout] : `${LAYOUT_LABEL[item.requestedLayout]} (not yet known)`;

  return (
    <section className="card import-detail" aria-labelledby="import-detail-title">
      <div className="section-header">
        <h2 id="import-detail-title">
          {item.fileName}{' '}
          <StatusBadge tone={importStatusTone(item.status)}>{importStatusLabel(item.status)}</StatusBadge>
        </h2>
        {active ? (
          <button
            type="button"
            className="btn"
            onClick={() => cancel.mutate(item.id)}
            disabled={cancel.isPending || item.cancelRequested}
          >
            {item.cancelRequested ? 'Cancelling…' : 'Cancel import'}
          </button>
        ) : null}
      </div>
      {cancel.isError ? (
        <ProblemAlert title="Could not cancel" message={errorMessage(cancel.error)} details={[]} />
      ) : null}
      <ImportProgress item={item} />
      {item.failure ? (
        <ProblemAlert title="The import failed" message={item.failure.message} details={item.failure.details} />
      ) : null}
      {item.warnings.length > 0 ? (
        <ul className="import-warnings">
          {item.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <div className="summary-columns">
        <dl className="facts facts-compact">
          <dt>Layout</dt>
          <dd>
            {layout}
            {item.format ? ` · ${item.format.toUpperCase()}` : ''}
          </dd>
          <dt>Source</dt>
          <dd className="mono">{item.source}</dd>
          {item.coderMapping ? (
            <>
              <dt>Coder mapping</dt>
              <dd>
                {item.coderMapping.fileName} · {formatCount(item.coderMapping.entries)} by {item.coderMapping.key}
                {item.defaultCoderExternalId ? `, else ${item.defaultCoderExternalId}` : ''}
              </dd>
            </>
          ) : null}
          <dt>File size</dt>
          <dd>{formatBytes(item.fileBytes)}</dd>
          <dt>Uploaded</dt>
          <dd>
            {formatDateTime(item.createdAt)}
            {item.createdBy ? ` by ${item.createdBy.displayName}` : ''}
          </dd>
          <dt>Started</dt>
          <dd>{formatDateTime(item.startedAt)}</dd>
          <dt>Finished</dt>
          <dd>{formatDateTime(item.finishedAt)}</dd>
        </dl>
        <ImportCounts item={item} />
      </div>
      <div className="section-header">
        <h3>Error report</h3>
        {item.errorCount > 0 ? (
          <a className="btn btn-small" href={ERRORS_CSV_PATH(item.id)} download>
            Download error report (CSV)
          </a>
        ) : null}
      </div>
      {item.errors.length > 0 ? (
        <>
          <p className="muted">
            {item.errors.length < item.errorCount
              ? `The first ${formatCount(item.errors.length)} of ${formatCount(item.errorCount)} problems; the CSV has them all.`
              : `${formatCount(item.errorCount)} ${item.errorCount === 1 ? 'problem' : 'problems'} in ${formatCount(item.rowsWithErrors)} ${item.rowsWithErrors === 1 ? 'row' : 'rows'}.`}
          </p>
          <ImportErrorsTable errors={item.errors} total={item.errorCount} />
        </>
      ) : (
        <p className="muted">{active ? 'No problems found so far.' : 'No problems found in this file.'}</p>
      )}
    </section>
  );
}
