import type { AuditAppraisalDto } from '@recode/contracts';
import { startPdf } from '../export/audit-report-pdf';

/** 12345.6 → "$12,345.60"; negative amounts keep their sign ("-$1,000.00"). */
export const money = (x: number): string =>
  `${x < 0 ? '-' : ''}$${Math.abs(x).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const plain = (x: number | null, digits: number): string =>
  x === null ? 'n/a' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The appraisal report as a PDF, with the figures of the CSV in RAT-STATS's order: universe and sample,
 * mean, standard deviation, standard error, point estimate, then per confidence level the limits and
 * precision; the one-sided 90% lower limit is printed as the extrapolated overpayment.
 */
export function renderAppraisalPdf(a: AuditAppraisalDto, auditName: string, generatedAt: string): Promise<Buffer> {
  const { doc, done } = startPdf(
    `Overpayment appraisal: ${auditName}`,
    `RAT-STATS variable appraisal, ${a.design} design`,
    generatedAt,
  );
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(`Extrapolated overpayment (one-sided 90% lower limit): ${money(a.extrapolatedOverpayment)}`)
    .moveDown(0.5);
  doc.font('Helvetica').fontSize(10);
  doc.text(`Universe size: ${a.universeSize.toLocaleString('en-US')}`);
  doc.text(`Sample size: ${a.sampleSize.toLocaleString('en-US')}`);
  doc.text(`Overpayment in the sample: ${money(a.sampleOverpayment)}`);
  doc.text(`Mean: ${money(a.mean)}`);
  doc.text(`Standard deviation: ${a.stdDev === null ? 'n/a' : money(a.stdDev)}`);
  doc.text(`Standard error (total): ${money(a.seTotal)}`);
  doc.text(`Point estimate: ${money(a.pointEstimate)}`).moveDown();
  doc.font('Helvetica-Bold').fontSize(12).text('Two-sided limits');
  doc.font('Helvetica').fontSize(10);
  for (const level of ['80', '90', '95'] as const) {
    const l = a.limits[level];
    doc.text(
      `${level}% (${a.design === 'stratified' ? 'z' : 't'} = ${plain(l.tValue, 6)}): lower ${money(l.lower)}, upper ${money(l.upper)}, precision ${money(l.precision)} (${plain(l.precisionPercent, 2)}%)`,
    );
  }
  if (a.strata.length) {
    doc.moveDown().font('Helvetica-Bold').fontSize(12).text(`Strata (${a.strata.length})`);
    doc.font('Helvetica').fontSize(10);
    for (const s of a.strata)
      doc.text(
        `${s.key}: universe ${s.universeSize}, sample ${s.sampleSize}, point estimate ${money(s.pointEstimate)}, SE ${money(s.seTotal)}`,
      );
  }
  doc
    .moveDown()
    .fontSize(8)
    .fillColor('#444')
    .text(
      'Precision is printed as 0 when the point estimate is negative, as RAT-STATS prints it. Figures: GET /api/audits/:id/appraisal (JSON, CSV).',
    );
  doc.end();
  return done;
}
