import { IMPORT_STATUSES } from '@recode/contracts';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader, Pagination, SelectField } from '../../../components';
import { useImport } from '../api/use-import';
import { useImports } from '../api/use-imports';
import { ImportDetail } from '../components/import-detail';
import { ImportsTable } from '../components/imports-table';
import { UploadForm } from '../components/upload-form';
import { importStatusLabel } from '../import-status';
import { parseImportListQuery, selectedImportId } from '../imports-search-params';
import { useParamPatch } from '../../../hooks/use-param-patch';

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...IMPORT_STATUSES.map((status) => ({ value: status, label: importStatusLabel(status) })),
];

export function ImportsRoute() {
  const [params, setParams] = useSearchParams();
  const query = parseImportListQuery(params);
  const selectedId = selectedImportId(params);
  const imports = useImports(query);
  const selected = useImport(selectedId);

  const update = useParamPatch(params, setParams);
  // Choosing an import keeps the history on its page.
  const select = useCallback(
    (id: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('import', id);
        return next;
      }),
    [setParams],
  );

  return (
    <div className="page">
      <PageHeader
        title="Imports"
        description="Load coded encounters from CSV or JSON files. Every row is checked against the code sets of its own date."
      />
      <section className="card" aria-labelledby="upload-title">
        <h2 id="upload-title">New import</h2>
        <UploadForm onUploaded={(id) => update({ import: id, status: null })} />
      </section>
      {selectedId ? (
        selected.isPending ? (
          <LoadingState label="Loading the import…" />
        ) : selected.isError ? (
          <ErrorState
            title="Could not load this import"
            error={selected.error}
            onRetry={() => void selected.refetch()}
            retrying={selected.isFetching}
          />
        ) : (
          <ImportDetail item={selected.data} />
        )
      ) : null}
      <section aria-labelledby="history-title" className="import-history">
        <div className="section-header">
          <h2 id="history-title">History</h2>
          <div className="filters">
            <SelectField
              label="Status"
              value={query.status ?? ''}
              options={STATUS_OPTIONS}
              onValueChange={(status) => update({ status })}
            />
          </div>
        </div>
        {imports.isPending ? (
          <LoadingState label="Loading imports…" />
        ) : imports.isError ? (
          <ErrorState error={imports.error} onRetry={() => void imports.refetch()} retrying={imports.isFetching} />
        ) : imports.data.items.length === 0 ? (
          <EmptyState title={query.status ? 'No imports with this status.' : 'No imports yet.'}>
            <p>
              {query.status
                ? 'Choose another status.'
                : 'Files you upload above are listed here with their counts and errors.'}
            </p>
          </EmptyState>
        ) : (
          <>
            <ImportsTable imports={imports.data.items} selectedId={selectedId} onSelect={select} />
            <Pagination
              page={imports.data.page}
              pageSize={imports.data.pageSize}
              total={imports.data.total}
              busy={imports.isPlaceholderData}
              onPageChange={(page) => update({ page })}
            />
          </>
        )}
      </section>
    </div>
  );
}
