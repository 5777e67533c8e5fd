import type { AuditLogEntryDto } from '@recode/contracts';

/** Request context and the recorded details, folded away: most readers scan the table, few need these. */
export function AuditEntryDetails({ entry }: { entry: AuditLogEntryDto }) {
  const hasDetails = Object.keys(entry.details).length > 0;
  return (
    <details className="log-details">
      <summary>Details</summary>
      <dl className="facts facts-compact">
        <dt>Entry</dt>
        <dd className="mono">{entry.id}</dd>
        {entry.entityId ? (
          <>
            <dt>Entity ID</dt>
            <dd className="mono">{entry.entityId}</dd>
          </>
        ) : null}
        <dt>Request</dt>
        <dd className="mono">{entry.requestId ?? '—'}</dd>
        <dt>Browser</dt>
        <dd>{entry.userAgent ?? '—'}</dd>
      </dl>
      {hasDetails ? <pre className="log-json">{JSON.stringify(entry.details, null, 2)}</pre> : null}
    </details>
  );
}
