const PARTS = [
  { part: 'report', label: 'RAT-STATS report' },
  { part: 'frame', label: 'Numbered frame CSV' },
  { part: 'selection', label: 'Selection CSV' },
] as const;

/**
 * Downloads of an audit drawn with RAT-STATS random numbers: the report in RAT-STATS's layout, the frame
 * as numbered 1..N and the numbers drawn mapped to records. Plain links: the API answers with attachments.
 */
export function RatStatsLinks({ auditId }: { auditId: string }) {
  const id = encodeURIComponent(auditId);
  return (
    <>
      {PARTS.map(({ part, label }) => (
        <a key={part} className="btn" href={`/api/audits/${id}/ratstats?part=${part}`} download>
          {label}
        </a>
      ))}
    </>
  );
}
