import type { EncounterDetailDto } from '@recode/contracts';
import { displayCode } from '@recode/domain';
import { issueLabel } from '../encounter-format';

/** What the import's pre-audit check found on this version; audits can target flagged encounters. */
export function EncounterFlags({ detail }: { detail: EncounterDetailDto }) {
  const { flags, flagged } = detail.version;
  const codeIssues = detail.codes.filter((code) => code.issue);
  // A code's finding is also among the version's flags; say it once, beside its code.
  const otherFlags = flags.filter((flag) => !codeIssues.some((code) => code.issue === flag));
  if (!flagged && flags.length === 0 && codeIssues.length === 0) {
    return <p className="notice encounter-flags-clear">The pre-audit check found no problems on this version.</p>;
  }
  return (
    <section className="encounter-flags" aria-labelledby="encounter-flags-title">
      <h2 id="encounter-flags-title">Pre-audit check{flagged ? ': flagged' : ''}</h2>
      <ul>
        {otherFlags.map((flag) => (
          <li key={flag}>
            {issueLabel(flag)} <span className="mono muted">{flag}</span>
          </li>
        ))}
        {codeIssues.map((code) => (
          <li key={code.position}>
            <span className="mono">{displayCode(code.system, code.code)}</span>: {issueLabel(code.issue ?? '')}
          </li>
        ))}
      </ul>
    </section>
  );
}
