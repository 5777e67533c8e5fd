import { DownloadCsvLink, EmptyState, ErrorState, LoadingState, exportHref } from '../../../components';
import { useDisputes } from '../api/use-disputes';
import { DisputeFindingCard } from './dispute-finding-card';

interface DisputeQueueProps {
  title: string;
  emptyTitle: string;
  emptyBody: string;
}

/** Findings waiting for the caller's move (an auditor's answer, a reviewer's ruling), with the form to make it. */
export function DisputeQueue({ title, emptyTitle, emptyBody }: DisputeQueueProps) {
  const queue = useDisputes('awaiting');
  return (
    <section aria-label={title} className="dispute-queue">
      <h2>{title}</h2>
      <p>
        <DownloadCsvLink href={exportHref('disputes', { view: 'awaiting' })} small />
      </p>
      {queue.isPending ? (
        <LoadingState label="Loading disputes…" />
      ) : queue.isError ? (
        <ErrorState
          error={queue.error}
          title="Could not load disputes"
          onRetry={() => void queue.refetch()}
          retrying={queue.isFetching}
        />
      ) : queue.data.length === 0 ? (
        <EmptyState title={emptyTitle}>
          <p>{emptyBody}</p>
        </EmptyState>
      ) : (
        queue.data.map((finding) => <DisputeFindingCard key={finding.findingId} finding={finding} showCoder />)
      )}
    </section>
  );
}

/** For the auditor's worklist: disputes of their findings to withdraw or uphold. */
export function DisputesToAnswer() {
  return (
    <DisputeQueue
      title="Disputes to answer"
      emptyTitle="No disputes to answer."
      emptyBody="When a coder disagrees with one of your findings, it appears here for you to withdraw or uphold with a rationale."
    />
  );
}
