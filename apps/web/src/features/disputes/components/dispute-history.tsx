import { referenceText } from '@recode/contracts';
import { ErrorState, LoadingState } from '../../../components';
import { formatDateTime } from '../../../lib/format';
import { useDisputeHistory } from '../api/use-dispute-history';
import { EVENT_LABELS } from '../dispute-labels';

/** Every step of a finding's dispute, oldest first, with who, when, why and the reference given. */
export function DisputeHistory({ findingId }: { findingId: string }) {
  const history = useDisputeHistory(findingId, true);
  if (history.isPending) return <LoadingState label="Loading the history…" />;
  if (history.isError)
    return (
      <ErrorState error={history.error} title="Could not load the history" onRetry={() => void history.refetch()} />
    );
  if (history.data.events.length === 0) return <p className="muted">No responses yet.</p>;
  return (
    <ol className="dispute-history" aria-label="Dispute history">
      {history.data.events.map((event) => (
        <li key={event.id}>
          <strong>{EVENT_LABELS[event.action]}</strong> · {event.actor?.displayName ?? 'automatically'} ·{' '}
          <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          {event.rationale ? <p>{event.rationale}</p> : null}
          {event.reference ? <p className="muted">Reference: {referenceText(event.reference)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
