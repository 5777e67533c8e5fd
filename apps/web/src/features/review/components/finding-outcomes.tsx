import { FINDING_TYPE_LABELS, ROOT_CAUSE_LABELS } from '@recode/domain';
import { type FindingDto, referenceText } from '@recode/contracts';
import { StatusBadge } from '../../../components';
import { formatDateTime } from '../../../lib/format';
import { IMPACT_LABELS } from '../../audits';
import { EVENT_LABELS, FINDING_STATUS_LABELS, useDisputeHistory } from '../../disputes';
import { describeChange } from '../review-diff';

/** The finding's last dispute step (the ruling, the auditor's answer, the coder's agreement), fetched only once it has one. */
function Outcome({ finding }: { finding: FindingDto }) {
  const history = useDisputeHistory(finding.id, finding.status !== 'open');
  const last = history.data?.events.at(-1);
  if (finding.status === 'open') return <p className="muted">The coder has not responded yet.</p>;
  if (!last) return null;
  return (
    <p className="finding-outcome">
      <strong>{EVENT_LABELS[last.action]}</strong> by {last.actor?.displayName ?? 'the deadline'} on{' '}
      {formatDateTime(last.at)}
      {last.rationale ? `: “${last.rationale}”` : ''}
      {last.reference ? ` (${referenceText(last.reference)})` : ''}
    </p>
  );
}

/**
 * A released audit's findings as they stand: what changed, the auditor's classification and reasoning,
 * and where the coder's response or dispute ended (agreed, withdrawn, upheld, overturned and why).
 */
export function FindingOutcomes({ findings }: { findings: readonly FindingDto[] }) {
  if (findings.length === 0) return <p className="muted">No findings: the final codes matched the coder’s.</p>;
  return (
    <ol className="finding-list">
      {findings.map((f) => {
        const status = FINDING_STATUS_LABELS[f.status];
        return (
          <li
            key={f.id}
            className="finding finding-done"
            aria-label={`${FINDING_TYPE_LABELS[f.type]}: ${describeChange(f)}`}
          >
            <p className="finding-title">
              <strong>{FINDING_TYPE_LABELS[f.type]}</strong> <span className="mono">{describeChange(f)}</span>{' '}
              <StatusBadge tone={status.tone}>{status.label.replace(' — awaiting', ', awaiting')}</StatusBadge>
            </p>
            <p>
              {f.rootCause ? ROOT_CAUSE_LABELS[f.rootCause] : 'Unclassified'}
              {f.impact ? ` · ${IMPACT_LABELS[f.impact]}` : ''}
              {f.rationale ? ` · “${f.rationale}”` : ''}
              {f.reference ? ` · ${referenceText(f.reference)}` : ''}
            </p>
            <Outcome finding={f} />
          </li>
        );
      })}
    </ol>
  );
}
