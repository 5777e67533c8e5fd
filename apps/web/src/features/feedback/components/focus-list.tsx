import { CATEGORY_LABELS } from '@recode/domain';
import type { FeedbackFocusDto } from '@recode/contracts';

/** The coder's recurring error categories, most errors first: what to study before the next audit. */
export function FocusList({ focus, months }: { focus: FeedbackFocusDto[]; months: number }) {
  return (
    <section className="card" aria-label="Focus list">
      <h2>Focus list</h2>
      {focus.length === 0 ? (
        <p className="muted">No errors of yours counted in the last {months} months with audits.</p>
      ) : (
        <>
          <p className="muted">Your errors by category over the last {months} months with audits, most first.</p>
          <ol className="focus-list">
            {focus.map((f) => (
              <li key={f.category}>
                <strong>{CATEGORY_LABELS[f.category]}</strong> — {f.errors} error{f.errors === 1 ? '' : 's'} in{' '}
                {f.months} month{f.months === 1 ? '' : 's'}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
