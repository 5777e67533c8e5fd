import { useSearchParams } from 'react-router';
import {
  DownloadCsvLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  Pagination,
  exportHref,
} from '../../../components';
import type { ParamPatch } from '../../../lib/search-params';
import { useAuditLog } from '../api/use-audit-log';
import { AUDIT_LOG_FILTER_KEYS, filterValuesOf, parseAuditLogQuery } from '../audit-log-filters';
import { AuditLogFilterForm } from '../components/audit-log-filter-form';
import { AuditLogTable } from '../components/audit-log-table';
import { useParamPatch } from '../../../hooks/use-param-patch';

const CLEARED: ParamPatch = Object.fromEntries(AUDIT_LOG_FILTER_KEYS.map((key) => [key, null]));

export function AuditLogRoute() {
  const [params, setParams] = useSearchParams();
  const query = parseAuditLogQuery(params);
  const log = useAuditLog(query);
  const filtered = AUDIT_LOG_FILTER_KEYS.some((key) => query[key] !== undefined);
  const update = useParamPatch(params, setParams);
  // The form is keyed by the URL's filters so a click on an actor or entity refills it.
  const formKey = AUDIT_LOG_FILTER_KEYS.map((key) => query[key] ?? '').join('|');

  return (
    <div className="page">
      <PageHeader
        title="Audit log"
        description="Every sign-in, change and record view, with who did it, when and from where."
        actions={<DownloadCsvLink href={exportHref('audit-log', query)} />}
      />
      <section className="card">
        <AuditLogFilterForm
          key={formKey}
          initial={filterValuesOf(query)}
          onApply={update}
          onClear={() => update(CLEARED)}
        />
      </section>
      {log.isPending ? (
        <LoadingState label="Loading the audit log…" />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} retrying={log.isFetching} />
      ) : log.data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No entries match these filters.' : 'No entries yet.'}>
          <p>
            {filtered
              ? 'Widen the date range or clear a filter.'
              : 'Entries appear as people sign in and make changes.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <AuditLogTable
            entries={log.data.items}
            onFilterActor={(actorId) => update({ actorId })}
            onFilterEntity={(entityType, entityId) => update({ entityType, entityId })}
          />
          <Pagination
            page={log.data.page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            busy={log.isPlaceholderData}
            onPageChange={(page) => update({ page })}
          />
        </>
      )}
    </div>
  );
}
