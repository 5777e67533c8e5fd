import type { AuditItemDto, PersonRef } from '@recode/contracts';

interface ReassignSelectProps {
  item: AuditItemDto;
  auditors: readonly PersonRef[];
  busy: boolean;
  onReassign: (auditorId: string) => void;
}

/** The auditor of an open record, changeable by a supervisor or admin while the audit is in review. */
export function ReassignSelect({ item, auditors, busy, onReassign }: ReassignSelectProps) {
  const current = item.auditor?.id ?? '';
  const known = auditors.some((a) => a.id === current);
  return (
    <select
      className="reassign-select"
      aria-label={`Auditor for ${item.encounter.externalId}`}
      value={current}
      disabled={busy}
      onChange={(event) => {
        if (event.target.value && event.target.value !== current) onReassign(event.target.value);
      }}
    >
      {!known ? <option value={current}>{item.auditor?.displayName ?? 'Unassigned'}</option> : null}
      {auditors.map((auditor) => (
        <option key={auditor.id} value={auditor.id}>
          {auditor.displayName}
        </option>
      ))}
    </select>
  );
}
