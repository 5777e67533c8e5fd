import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  DownloadCsvLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  SelectField,
  exportHref,
} from '../../../components';
import { readOneOf, withParams } from '../../../lib/search-params';
import { DisputeFindingCard, useDisputes } from '../../disputes';
import { useFeedbackSummary } from '../api/use-feedback-summary';
import { FocusList } from '../components/focus-list';
import { ScoreTrendChart } from '../components/score-trend-chart';
import { trendPoints } from '../score-trend';

const VIEWS = ['awaiting', 'all'] as const;

/** "My feedback": the coder's own scores with intervals, focus list, and every released finding with its moves. */
export function FeedbackRoute() {
  const [params, setParams] = useSearchParams();
  const view = readOneOf(params, 'view', VIEWS) ?? 'all';
  const highlighted = params.get('finding');
  const setView = useCallback(
    (next: string) => setParams((current) => withParams(current, { view: next === 'all' ? null : next })),
    [setParams],
  );
  const summary = useFeedbackSummary();
  const findings = useDisputes(view);

  return (
    <div className="page">
      <PageHeader
        title="My feedback"
        description="Your audit scores with their 95% intervals, what to focus on, and each finding on your records."
      />
      {summary.isPending ? (
        <LoadingState label="Loading your scores…" />
      ) : summary.isError ? (
        <ErrorState error={summary.error} title="Could not load your scores" onRetry={() => void summary.refetch()} />
      ) : summary.data.months.length === 0 ? (
        <EmptyState title="No scores yet.">
          <p>Your scores appear once an audit of your records has been reviewed.</p>
        </EmptyState>
      ) : (
        <>
          <ScoreTrendChart points={trendPoints(summary.data.months)} />
          <FocusList focus={summary.data.focus} months={summary.data.focusMonths} />
        </>
      )}
      <section aria-label="My findings">
        <h2>My findings</h2>
        <div className="filters" role="search" aria-label="Filter findings">
          <SelectField
            label="Show"
            value={view}
            onValueChange={setView}
            options={[
              { value: 'all', label: 'All released findings' },
              { value: 'awaiting', label: 'Awaiting my response' },
            ]}
          />
          <div className="filters-actions">
            <DownloadCsvLink href={exportHref('disputes', { view })} small />
          </div>
        </div>
        {findings.isPending ? (
          <LoadingState label="Loading your findings…" />
        ) : findings.isError ? (
          <ErrorState
            error={findings.error}
            title="Could not load your findings"
            onRetry={() => void findings.refetch()}
            retrying={findings.isFetching}
          />
        ) : findings.data.length === 0 ? (
          <EmptyState
            title={
              view === 'awaiting' ? 'Nothing awaits your response.' : 'No audits of your work have been released yet.'
            }
          >
            <p>
              When an auditor releases an audit of your records, each finding appears here and you can agree with it,
              disagree with a reason, or escalate an upheld finding once.
            </p>
          </EmptyState>
        ) : (
          findings.data.map((f) => (
            <DisputeFindingCard key={f.findingId} finding={f} highlighted={f.findingId === highlighted} />
          ))
        )}
      </section>
    </div>
  );
}
