const PARTS = [
  { part: 'findings', label: 'Findings CSV' },
  { part: 'items', label: 'Records CSV' },
  { part: 'scores', label: 'Scores CSV' },
] as const;

/** Plain links: the API answers with an attachment, so the browser downloads with the session cookie. */
export function ExportLinks({ auditId }: { auditId: string }) {
  return (
    <>
      <a className="btn" href={`/api/audits/${encodeURIComponent(auditId)}/report`} target="_blank" rel="noreferrer">
        Printable report (PDF)
      </a>
      {PARTS.map(({ part, label }) => (
        <a key={part} className="btn" href={`/api/audits/${encodeURIComponent(auditId)}/export?part=${part}`} download>
          {label}
        </a>
      ))}
    </>
  );
}
