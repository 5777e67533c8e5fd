import type { AuditDto } from '@recode/contracts';
import { FormAlert } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { useCurrentUser } from '../../auth';
import { useTransitionAudit } from '../api/use-transition-audit';
import { AUDIT_STATUS_LABELS, LIFECYCLE, nextLifecycleAction } from '../audit-status';

/** Where the audit stands in draft → sampling → in review → released → final, and the next move a supervisor may make. */
export function AuditLifecycle({ audit }: { audit: AuditDto }) {
  const user = useCurrentUser();
  const transition = useTransitionAudit(audit.id);
  const action = nextLifecycleAction(audit.status, audit.progress, user.role);
  const current = LIFECYCLE.indexOf(audit.status);

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
      {action ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={transition.isPending || action.blockedBy !== null}
            onClick={() => transition.mutate(action.to)}
          >
            {transition.isPending ? 'Working…' : action.label}
          </button>
          {action.blockedBy ? <span className="muted">{action.blockedBy}</span> : null}
        </div>
      ) : null}
    </section>
  );
}
