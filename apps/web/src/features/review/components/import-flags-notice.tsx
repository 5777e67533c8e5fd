import { issueLabel } from '../../encounters/encounter-format';

/** What the import's pre-audit check flagged on this encounter, so the auditor sees it before saving. */
export function ImportFlagsNotice({ flags, flagged }: { flags: readonly string[]; flagged: boolean }) {
  if (!flagged && flags.length === 0) return null;
  return (
    <section className="notice notice-warning import-flags" aria-labelledby="import-flags-title">
      <h2 id="import-flags-title" className="notice-title">
        Flagged by the import’s pre-audit check
      </h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag}>{issueLabel(flag)}</li>
        ))}
      </ul>
    </section>
  );
}
