import { categoryLabel, FINDING_TYPE_LABELS } from '@recode/domain';
import { type DisputeFindingDto, referenceText } from '@recode/contracts';
import { useState } from 'react';
import { StatusBadge } from '../../../components';
import { formatDate, formatDateTime } from '../../../lib/format';
import { codeChange, EVENT_LABELS, FINDING_STATUS_LABELS } from '../dispute-labels';
import { ClaimComparison } from './claim-comparison';
import { DisputeHistory } from './dispute-history';
import { DisputeStepForm } from './dispute-step-form';

/** The accessible name the browser journey finds a finding by. */
export const findingCardLabel = (
  f: Pick<DisputeFindingDto, 'encounterExternalId' | 'codeBefore' | 'codeAfter' | 'system'>,
): string => `Finding ${f.encounterExternalId} ${codeChange(f.codeBefore, f.codeAfter, f.system)}`;

/** One finding: the coder's and the auditor's codes, the auditor's reasoning, where the dispute stands, and the caller's moves. */
export function DisputeFindingCard({
  finding,
  showCoder = false,
  highlighted = false,
}: {
  finding: DisputeFindingDto;
  showCoder?: boolean;
  highlighted?: boolean;
}) {
  const [showHistory, setShowHistory] = useState(highlighted);
  const [showClaim, setShowClaim] = useState(false);
  const status = FINDING_STATUS_LABELS[finding.status];
  const deadlineOpen = finding.coderDeadline !== null && new Date(finding.coderDeadline) > new Date();
  // The deadline matters only while the coder can still move: an open finding or an upheld one not yet escalated.
  const coderMayMove = finding.status === 'open' || (finding.status === 'upheld' && !finding.escalated);
  return (
    <article
      className={highlighted ? 'card dispute-card row-selected' : 'card dispute-card'}
      aria-label={findingCardLabel(finding)}
    >
      <header className="section-header">
        <h3>
          {categoryLabel(finding.category, finding.setting)}:{' '}
          {FINDING_TYPE_LABELS[finding.type as keyof typeof FINDING_TYPE_LABELS] ?? finding.type}
        </h3>
        <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      </header>
      <dl className="dispute-facts">
        <dt>Record</dt>
        <dd>
          {finding.encounterExternalId} · {formatDate(finding.encounterDate)} · {finding.auditName}
          {showCoder ? ` · ${finding.coder.displayName} (${finding.coder.externalId})` : ''}
        </dd>
        <dt>{showCoder ? 'Coder’s code → auditor’s code' : 'Your code → auditor’s code'}</dt>
        <dd className="cell-strong">
          {codeChange(finding.codeBefore, finding.codeAfter, finding.system)}
          {finding.drgBefore !== finding.drgAfter
            ? ` · DRG ${codeChange(finding.drgBefore, finding.drgAfter, 'MSDRG')}`
            : ''}
        </dd>
        <dt>Auditor’s rationale</dt>
        <dd>{finding.rationale ?? '—'}</dd>
        {finding.reference ? (
          <>
            <dt>Reference</dt>
            <dd>{referenceText(finding.reference)}</dd>
          </>
        ) : null}
        {coderMayMove && finding.coderDeadline ? (
          <>
            <dt>{finding.status === 'open' ? 'Respond by' : 'Escalate by'}</dt>
            <dd>{`${formatDateTime(finding.coderDeadline)}${deadlineOpen ? '' : ' (passed: counts as agreed)'}`}</dd>
          </>
        ) : null}
        {finding.lastEvent ? (
          <>
            <dt>Last step</dt>
            <dd>
              {EVENT_LABELS[finding.lastEvent.action]}
              {finding.lastEvent.rationale ? `: “${finding.lastEvent.rationale}”` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <DisputeStepForm finding={finding} />
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-ghost btn-small"
          aria-expanded={showClaim}
          onClick={() => setShowClaim(!showClaim)}
        >
          {showClaim ? 'Hide the whole claim' : 'Show the whole claim'}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          aria-expanded={showHistory}
          onClick={() => setShowHistory(!showHistory)}
        >
          {showHistory ? 'Hide history' : 'Show history'}
        </button>
      </div>
      {showClaim ? <ClaimComparison findingId={finding.findingId} setting={finding.setting} /> : null}
      {showHistory ? <DisputeHistory findingId={finding.findingId} /> : null}
    </article>
  );
}
