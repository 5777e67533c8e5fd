import { saveRecordNotesRequestSchema, type RecordNotesDto } from '@recode/contracts';
import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { useRecordNotes, useSaveRecordNotes } from '../api/use-record-notes';

interface RecordNotesPanelProps {
  auditId: string;
  itemId: string;
}

/** The link opens in a new tab without handing it this window (noopener) or the page's address (noreferrer). */
function DocumentationLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      Open the clinical documentation<span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** Working notes on the record and its documentation link: the auditor writes, supervisors read; coders never see them. */
export function RecordNotesPanel({ auditId, itemId }: RecordNotesPanelProps) {
  const notes = useRecordNotes(auditId, itemId);
  return (
    <section className="card form" aria-labelledby="record-notes-title">
      <h2 id="record-notes-title">Notes and documentation</h2>
      {notes.isPending ? <p className="muted">Loading notes…</p> : null}
      {notes.isError ? <FormAlert message={errorMessage(notes.error)} /> : null}
      {notes.data ? (
        notes.data.editable ? (
          <NotesForm auditId={auditId} itemId={itemId} saved={notes.data} />
        ) : (
          <NotesView saved={notes.data} />
        )
      ) : null}
    </section>
  );
}

function NotesView({ saved }: { saved: RecordNotesDto }) {
  if (!saved.notes && !saved.documentationUrl) return <p className="muted">No notes on this record.</p>;
  return (
    <>
      {saved.documentationUrl ? (
        <p>
          <DocumentationLink url={saved.documentationUrl} />
        </p>
      ) : null}
      {saved.notes ? <p className="record-notes-text">{saved.notes}</p> : null}
      <Stamp saved={saved} />
    </>
  );
}

function Stamp({ saved }: { saved: RecordNotesDto }) {
  return saved.updatedAt ? (
    <p className="muted">
      Last changed {formatDate(saved.updatedAt)}
      {saved.updatedBy ? ` by ${saved.updatedBy.displayName}` : ''}. Not shown to the coder.
    </p>
  ) : (
    <p className="muted">Not shown to the coder.</p>
  );
}

function NotesForm({ auditId, itemId, saved }: { auditId: string; itemId: string; saved: RecordNotesDto }) {
  const save = useSaveRecordNotes(auditId, itemId);
  const [text, setText] = useState(saved.notes);
  const [url, setUrl] = useState(saved.documentationUrl ?? '');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const ids = { notes: useId(), url: useId(), urlError: useId() };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const parsed = saveRecordNotesRequestSchema.safeParse({ notes: text, documentationUrl: url.trim() });
    if (!parsed.success) {
      setUrlError('Give an http:// or https:// address, or leave it blank.');
      return;
    }
    setUrlError(null);
    save.mutate(parsed.data, { onSuccess: () => setDone(true) });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Notes and documentation">
      {save.isError ? <FormAlert message={errorMessage(save.error)} /> : null}
      <div className={urlError ? 'field field-invalid' : 'field'}>
        <label htmlFor={ids.url}>Link to the clinical documentation</label>
        <input
          id={ids.url}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          maxLength={2000}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={urlError ? ids.urlError : undefined}
          onChange={(e) => setUrl(e.target.value)}
        />
        {urlError ? (
          <p className="field-error" id={ids.urlError}>
            {urlError}
          </p>
        ) : null}
      </div>
      {saved.documentationUrl ? (
        <p>
          <DocumentationLink url={saved.documentationUrl} />
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.notes}>Notes</label>
        <textarea id={ids.notes} rows={3} value={text} maxLength={10000} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn" aria-disabled={save.isPending || undefined}>
          {save.isPending ? 'Saving notes…' : 'Save notes'}
        </button>
        {done ? <span role="status">Notes saved.</span> : null}
      </div>
      <Stamp saved={saved} />
    </form>
  );
}
