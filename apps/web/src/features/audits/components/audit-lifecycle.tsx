import type { AuditDto } from '@recode/contracts';
import { useEffect, useRef, useState } from 'react';
import { FormAlert } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { useCurrentUser } from '../../auth';
import { useTransitionAudit } from '../api/use-transition-audit';
import { AUDIT_STATUS_LABELS, LIFECYCLE, nextLifecycleAction } from '../audit-status';
import '../audits.css';

/** Where the audit stands in draft → sampling → in review → released → final, and the next move a supervisor may make. */
export function AuditLifecycle({ audit }: { audit: AuditDto }) {
  const user = useCurrentUser();
  const transition = useTransitionAudit(audit.id);
  const action = nextLifecycleAction(audit.status, audit.progress, user.role);
  const current = LIFECYCLE.indexOf(audit.status);
  // Releasing shows every finding to the coders and starts their dispute window: it is asked twice.
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const needsConfirm = action?.to === 'released';

  return (
    <section className="card form" aria-label="Lifecycle">
      <ol className="lifecycle">
        {LIFECYCLE.map((status, index) => (
          <li
            key={status}
            className={index < current ? 'lifecycle-done' : index === current ? 'lifecycle-current' : undefined}
            aria-current={index === current ? 'step' : undefined}
          >
            {AUDIT_STATUS_LABELS[status].label}
          </li>
        ))}
      </ol>
      {audit.samplingError ? <FormAlert message={`Sampling failed: ${audit.samplingError.message}`} /> : null}
      <FormAlert message={transition.isError ? errorMessage(transition.error) : null} />
      {action && confirming ? (
        <div
          className="confirm-box"
          role="alertdialog"
          aria-labelledby="release-confirm-title"
          aria-describedby="release-confirm-text"
        >
          <p id="release-confirm-title" className="cell-strong">
            Release “{audit.name}” to the coders?
          </p>
          <p id="release-confirm-text">
            Each coder will see the findings on their records and may agree or dispute them until the rebuttal deadline.
            Records can no longer be changed once the audit is released.
          </p>
          <div className="form-actions">
            <button
              ref={confirmRef}
              type="button"
              className="btn btn-primary"
              disabled={transition.isPending}
              onClick={() => transition.mutate(action.to, { onSettled: () => setConfirming(false) })}
            >
              {transition.isPending ? 'Releasing…' : 'Yes, release'}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : action ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={transition.isPending || action.blockedBy !== null}
            onClick={() => (needsConfirm ? setConfirming(true) : transition.mutate(action.to))}
          >
            {transition.isPending ? 'Working…' : action.label}
          </button>
          {action.blockedBy ? <span className="muted">{action.blockedBy}</span> : null}
        </div>
      ) : null}
    </section>
  );
}
