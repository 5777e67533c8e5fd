import type { MarkUnreviewableResponse } from '@recode/contracts';
import { SHORTCUT_HELP } from '../review-shortcuts';
import { UnreviewableForm } from './unreviewable-form';

interface ReviewActionsProps {
  pending: boolean;
  unclassified: number;
  /** Open records (assigned, in progress) may be set aside; a reviewed one may not. */
  canSetAside: boolean;
  item: { auditId: string; id: string; version: number };
  onSave: (mode: 'save' | 'reviewed' | 'next') => void;
  onSetAside: (result: MarkUnreviewableResponse) => void;
}

/**
 * Save, mark reviewed, and go on to the next record. The buttons are never `disabled` while saving
 * (a disabled button drops the keyboard focus to the page); a click while pending is ignored instead.
 */
export function ReviewActions({ pending, unclassified, canSetAside, item, onSave, onSetAside }: ReviewActionsProps) {
  const blocked = unclassified > 0;
  const press = (mode: 'save' | 'reviewed' | 'next') => () => {
    if (pending || (mode !== 'save' && blocked)) return;
    onSave(mode);
  };
  return (
    <div className="form-actions review-actions">
      <button
        type="button"
        className="btn"
        aria-disabled={pending || undefined}
        aria-keyshortcuts="Control+S"
        onClick={press('save')}
      >
        {pending ? 'Saving…' : 'Save'}
      </button>
      <button
        type="button"
        className="btn btn-primary"
        aria-disabled={pending || blocked || undefined}
        onClick={press('reviewed')}
      >
        Save and mark reviewed
      </button>
      <button
        type="button"
        className="btn"
        aria-disabled={pending || blocked || undefined}
        aria-keyshortcuts="Control+Enter"
        onClick={press('next')}
      >
        Save, mark reviewed and next
      </button>
      {blocked ? <span className="muted">Classify every finding to mark the record reviewed.</span> : null}
      <span className="spacer" />
      {canSetAside ? (
        <UnreviewableForm auditId={item.auditId} itemId={item.id} version={item.version} onDone={onSetAside} />
      ) : null}
      <p className="shortcut-help muted" aria-label="Keyboard shortcuts">
        Shortcuts:{' '}
        {SHORTCUT_HELP.map((s, i) => (
          <span key={s.keys}>
            {i > 0 ? ' · ' : ''}
            <kbd>{s.keys}</kbd> {s.action}
          </span>
        ))}
      </p>
    </div>
  );
}
