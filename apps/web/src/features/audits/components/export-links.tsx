const PARTS = [
  { part: 'findings', label: 'Findings CSV' },
  { part: 'items', label: 'Records CSV' },
  { part: 'scores', label: 'Scores CSV' },
] as const;

/** Plain links: the API answers with an attachment, so the browser downloads with the session cookie. */
export function ExportLinks({ auditId, released = false }: { auditId: string; released?: boolean }) {
  const id = encodeURIComponent(auditId);
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
      {released ? (
        <>
          <a className="btn" href={`/api/audits/${id}/appraisal?format=pdf`} target="_blank" rel="noreferrer">
            Overpayment appraisal (PDF)
          </a>
          <a className="btn" href={`/api/audits/${id}/appraisal?format=csv`} download>
            Appraisal CSV
          </a>
        </>
      ) : null}
    </>
  );
}
