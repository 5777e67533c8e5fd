import type { MarkUnreviewableResponse } from '@recode/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { FormAlert } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { useMarkUnreviewable } from '../api/use-mark-unreviewable';

interface UnreviewableFormProps {
  auditId: string;
  itemId: string;
  version: number;
  onDone: (result: MarkUnreviewableResponse) => void;
}

/** Sets a record aside (chart missing, wrong patient…) and brings in the next spare of its stratum. */
export function UnreviewableForm({ auditId, itemId, version, onDone }: UnreviewableFormProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const mark = useMarkUnreviewable(auditId, itemId);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Mark unreviewable…
      </button>
    );
  }
  return (
    <div className="confirm-box unreviewable-form" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="cell-strong">
        Set this record aside and bring in a spare
      </p>
      <label htmlFor={`${id}-reason`}>Why can’t it be reviewed?</label>
      <textarea
        id={`${id}-reason`}
        ref={reasonRef}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder="e.g. the discharge summary is missing"
      />
      <FormAlert message={mark.isError ? errorMessage(mark.error) : null} />
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={mark.isPending || reason.trim().length < 3}
          // mutateAsync, not mutate's onSuccess: the success refetches this record, which is then no longer open, so
          // this form unmounts, and TanStack Query drops mutate() callbacks of an unmounted component (the spare's
          // navigation was lost whenever the refetch won that race).
          onClick={() => void mark.mutateAsync({ version, reason: reason.trim() }).then(onDone, () => undefined)}
        >
          {mark.isPending ? 'Setting aside…' : 'Set aside and bring in a spare'}
        </button>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
