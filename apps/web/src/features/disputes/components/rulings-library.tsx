import { CATEGORY_LABELS } from '@recode/domain';
import { FINDING_CATEGORIES, type FindingCategory } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import {
  DownloadCsvLink,
  EmptyState,
  ErrorState,
  LoadingState,
  Pagination,
  SelectField,
  TextField,
  exportHref,
} from '../../../components';
import { formatDate } from '../../../lib/format';
import { useRulings, type RulingsSearch } from '../api/use-rulings';
import { codeChange, FINDING_STATUS_LABELS, systemOfCategory } from '../dispute-labels';

const KIND_OPTIONS = [
  { value: 'all', label: 'Rulings and auditors’ answers' },
  { value: 'rulings', label: 'Rulings on escalations' },
  { value: 'answers', label: 'Auditors’ answers' },
];

/** Precedent: search past rulings and answers by code, category and words in the rationale. */
export function RulingsLibrary() {
  const [draft, setDraft] = useState({ code: '', category: '', q: '', kind: 'all' as RulingsSearch['kind'] });
  const [search, setSearch] = useState<RulingsSearch>({ kind: 'all', page: 1 });
  const rulings = useRulings(search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({
      code: draft.code,
      category: (draft.category || undefined) as FindingCategory | undefined,
      q: draft.q,
      kind: draft.kind,
      page: 1,
    });
  };

  return (
    <section aria-label="Rulings library">
      <h2>Rulings library</h2>
      <form className="filters" role="search" aria-label="Search rulings" onSubmit={submit}>
        <TextField
          label="Words"
          value={draft.q}
          onValueChange={(q) => setDraft({ ...draft, q })}
          placeholder="e.g. CKD link"
        />
        <TextField
          label="Code"
          value={draft.code}
          onValueChange={(code) => setDraft({ ...draft, code })}
          placeholder="E11.22"
        />
        <SelectField
          label="Category"
          value={draft.category}
          onValueChange={(category) => setDraft({ ...draft, category })}
          options={[
            { value: '', label: 'Any' },
            ...FINDING_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
          ]}
        />
        <SelectField
          label="Show"
          value={draft.kind}
          onValueChange={(kind) => setDraft({ ...draft, kind: kind as RulingsSearch['kind'] })}
          options={KIND_OPTIONS}
        />
        <div className="filters-actions">
          <button type="submit" className="btn btn-primary">
            Search
          </button>
          <DownloadCsvLink href={exportHref('rulings', search)} />
        </div>
      </form>
      {rulings.isPending ? (
        <LoadingState label="Searching rulings…" />
      ) : rulings.isError ? (
        <ErrorState error={rulings.error} title="Could not search rulings" onRetry={() => void rulings.refetch()} />
      ) : rulings.data.items.length === 0 ? (
        <EmptyState title="No rulings match.">
          <p>Rulings on escalated findings and auditors’ answers to disputes collect here as precedent.</p>
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption>Rulings and answers, best match first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Category</th>
                  <th scope="col">Codes</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Rationale</th>
                  <th scope="col">Reference</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {rulings.data.items.map((r) => (
                  <tr key={r.eventId}>
                    <td>{formatDate(r.at)}</td>
                    <td>{CATEGORY_LABELS[r.category]}</td>
                    <td>
                      {codeChange(r.codeBefore, r.codeAfter, systemOfCategory(r.category))}{' '}
                      <span className="cell-sub">FY{r.fiscalYear}</span>
                    </td>
                    <td>
                      {FINDING_STATUS_LABELS[r.outcome].label}{' '}
                      <span className="cell-sub">
                        {r.stage === 'ruling' ? 'ruling on escalation' : 'auditor’s answer'}
                      </span>
                    </td>
                    <td className="cell-wrap">{r.rationale}</td>
                    <td>{r.reference?.citation ?? '—'}</td>
                    <td>{r.ruledBy?.displayName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={search.page}
            pageSize={rulings.data.pageSize}
            total={rulings.data.total}
            onPageChange={(page) => setSearch({ ...search, page })}
            busy={rulings.isFetching}
          />
        </>
      )}
    </section>
  );
}
