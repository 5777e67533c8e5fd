import { codeLookupQuerySchema, type CodeLookupQuery, type CodeLookupSystem } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState, SelectField, StatusBadge, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { useCodeLookup } from '../api/use-code-lookup';
import { LOOKUP_SYSTEMS, lookupView } from '../code-sets-view';

const today = (): string => new Date().toISOString().slice(0, 10);

export function CodeLookupForm() {
  const form = useFormState({ system: 'ICD10CM' as CodeLookupSystem, code: '', date: today() });
  const { values, errors, set } = form;
  const [query, setQuery] = useState<CodeLookupQuery | null>(null);
  const lookup = useCodeLookup(query);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = codeLookupQuerySchema.safeParse(values);
    if (!parsed.success) return form.showIssues(parsed.error.issues);
    form.clearErrors();
    setQuery(parsed.data);
  };
  const view = lookup.data ? lookupView(lookup.data) : null;

  return (
    <>
      <form className="form form-inline" onSubmit={submit} noValidate aria-label="Look up a code">
        <SelectField
          label="Code system"
          value={values.system}
          options={LOOKUP_SYSTEMS}
          onValueChange={(system) => set('system')(system as CodeLookupSystem)}
          error={errors.system}
        />
        <TextField
          label="Code"
          value={values.code}
          onValueChange={set('code')}
          error={errors.code}
          placeholder="E11.9"
          maxLength={20}
          autoComplete="off"
        />
        <TextField
          label="Date of service"
          type="date"
          value={values.date}
          onValueChange={set('date')}
          error={errors.date}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            Look up
          </button>
        </div>
      </form>
      {query === null ? null : lookup.isPending ? (
        <LoadingState label="Looking the code up…" />
      ) : lookup.isError ? (
        <ErrorState
          error={lookup.error}
          title="Could not look the code up"
          onRetry={() => void lookup.refetch()}
          retrying={lookup.isFetching}
        />
      ) : view ? (
        <section className="notice" aria-label="Lookup result" aria-live="polite">
          <p>
            <StatusBadge tone={view.tone}>{view.badge}</StatusBadge> <span className="cell-strong">{view.title}</span>
          </p>
          {view.source ? (
            <p className="muted">
              From {view.source}, the set in force on {query.date}.
            </p>
          ) : null}
          {view.notes.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
        </section>
      ) : null}
    </>
  );
}
