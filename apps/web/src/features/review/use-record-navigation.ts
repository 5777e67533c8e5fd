import type { MarkUnreviewableResponse } from '@recode/contracts';
import { useNavigate } from 'react-router';
import { nextRecordPath } from './api/next-record';

interface OpenRecord {
  id: string;
  /** "Next" stays in this audit while it has open records. */
  auditId: string;
  externalId: string;
  /** The record's auditor (undefined when unassigned): the spare opens at once when it is theirs too. */
  auditorId: string | undefined;
}

/** Where the review screen goes after "save and next" and after setting the record aside, with the notice to show there. */
export function useRecordNavigation(record: OpenRecord) {
  const navigate = useNavigate();

  const goNext = async (done: string) => {
    const path = await nextRecordPath(record).catch(() => null);
    const left = path ? 'This is the next record.' : 'No records left to review.';
    void navigate(path ?? '/worklist', { state: { notice: `${record.externalId}: ${done} ${left}` } });
  };

  // Called from UnreviewableForm's mutateAsync promise (its mutate() callbacks would be dropped when the refetch unmounts it).
  const setAside = (result: MarkUnreviewableResponse) => {
    const spare = result.replacement;
    const message = spare
      ? `${record.externalId} was set aside; spare ${spare.encounter.externalId} took its place${spare.auditor ? ` (assigned to ${spare.auditor.displayName})` : ''}.`
      : `${record.externalId} was set aside; no spare was left in its stratum.`;
    void navigate(
      spare && spare.auditor?.id === record.auditorId ? `/audits/${spare.auditId}/items/${spare.id}` : '/worklist',
      { state: { notice: message } },
    );
  };

  return { goNext, setAside };
}
