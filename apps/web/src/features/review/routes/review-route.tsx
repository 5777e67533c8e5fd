import { SETTING_LABELS } from '@recode/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState, PageHeader, StatusBadge } from '../../../components';
import { useRouteNotice } from '../../../hooks/use-route-notice';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../auth';
import { ITEM_STATUS_LABELS } from '../../audits';
import { useItemReview } from '../api/use-item-review';
import { RecordNotesPanel } from '../components/record-notes-panel';
import { ReviewEditor } from '../components/review-editor';

export function ReviewRoute() {
  const { auditId = '', itemId = '' } = useParams();
  const user = useCurrentUser();
  const review = useItemReview(auditId, itemId);
  const arrived = useRouteNotice();
  // Bumped on reload, so the editor starts again from the newer version instead of merging into stale edits.
  const [generation, setGeneration] = useState(0);

  if (review.isPending) return <LoadingState label="Loading the record…" />;
  if (review.isError)
    return (
      <ErrorState
        title="Could not load this record"
        error={review.error}
        onRetry={() => void review.refetch()}
        retrying={review.isFetching}
      />
    );
  const { item, encounter, codeSets } = review.data;
  const status = ITEM_STATUS_LABELS[item.status];
  const reload = () => void review.refetch().then(() => setGeneration((n) => n + 1));

  return (
    <div className="page">
      <PageHeader
        title={`Record ${encounter.externalId}`}
        description={
          <>
            {SETTING_LABELS[encounter.setting]} · {formatDate(encounter.encounterDate)} · FY{encounter.fiscalYear} ·
            coder {item.coder.externalId} {item.coder.displayName}
            {encounter.facility ? ` · ${encounter.facility}` : ''} ·{' '}
            <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
          </>
        }
        actions={
          <Link className="btn" to={user.role === 'auditor' ? '/worklist' : `/audits/${auditId}`}>
            {user.role === 'auditor' ? 'Back to worklist' : 'Back to audit'}
          </Link>
        }
      />
      {arrived ? (
        <p className="notice" role="status">
          {arrived}
        </p>
      ) : null}
      <p className="muted">
        Descriptions from{' '}
        {codeSets.map((set) => set.label ?? `no ${set.system} set for FY${encounter.fiscalYear}`).join(', ') ||
          'the encounter’s code-set year'}
        . Due {formatDate(item.dueDate)}.
      </p>
      {codeSets
        .flatMap((set) => (set.note ? [set.note] : []))
        .map((note) => (
          <p key={note} className="notice notice-warning" role="note" data-testid="code-set-note">
            {note}
          </p>
        ))}
      <ReviewEditor
        key={`${item.id}:${generation}`}
        review={review.data}
        reloading={review.isFetching}
        onReload={reload}
      />
      <RecordNotesPanel auditId={auditId} itemId={itemId} />
    </div>
  );
}
