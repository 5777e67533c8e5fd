import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader, SelectField } from '../../../components';
import { useRouteNotice } from '../../../hooks/use-route-notice';
import { readOneOf, withParams } from '../../../lib/search-params';
import { DisputesToAnswer } from '../../disputes';
import { useWorklist } from '../api/use-worklist';
import { WorklistTable } from '../components/worklist-table';
import { localToday, sortWorklist } from '../due-date';

const FILTERS = ['open', 'reviewed', 'all'] as const;
const FILTER_LABELS: Record<(typeof FILTERS)[number], string> = { open: 'To review', reviewed: 'Reviewed', all: 'All' };

export function WorklistRoute() {
  const [params, setParams] = useSearchParams();
  const status = readOneOf(params, 'status', FILTERS) ?? 'open';
  const worklist = useWorklist(status);
  const arrived = useRouteNotice();
  const setStatus = useCallback(
    (next: string) => setParams((current) => withParams(current, { status: next === 'open' ? null : next })),
    [setParams],
  );

  return (
    <div className="page">
      <PageHeader
        title="Worklist"
        description="Records assigned to you for review, soonest due first. “All” and “Reviewed” include records of audits already released."
      />
      {arrived ? (
        <p className="notice" role="status">
          {arrived}
        </p>
      ) : null}
      <div className="filters" role="search" aria-label="Filter worklist">
        <SelectField
          label="Show"
          value={status}
          onValueChange={setStatus}
          options={FILTERS.map((value) => ({ value, label: FILTER_LABELS[value] }))}
        />
      </div>
      {worklist.isPending ? (
        <LoadingState label="Loading your worklist…" />
      ) : worklist.isError ? (
        <ErrorState error={worklist.error} onRetry={() => void worklist.refetch()} retrying={worklist.isFetching} />
      ) : worklist.data.length === 0 ? (
        <EmptyState title={status === 'open' ? 'Nothing to review.' : 'No records here.'}>
          <p>Records sampled for an audit and assigned to you are listed here for review.</p>
        </EmptyState>
      ) : (
        <WorklistTable items={sortWorklist(worklist.data)} today={localToday()} />
      )}
      {/* Answering disputes is a separate queue: released findings, not records in review. */}
      <DisputesToAnswer />
    </div>
  );
}
