import {
  referenceText,
  type AuditScoreDto,
  type FindingCategory,
  type FindingStatus,
  type FindingType,
  type RateWithIntervalDto,
  type ReferenceKind,
  type RootCause,
  type ScoreBlockDto,
} from '@recode/contracts';
import { categoryLabel, displayCode, FINDING_TYPE_LABELS, ROOT_CAUSE_LABELS } from '@recode/domain';
import PDFDocument from 'pdfkit';

/** One finding as the report prints it (the same rows the review and feedback screens show). */
export interface ReportFinding {
  encounter: string;
  coder: string;
  setting: string;
  type: FindingType;
  category: FindingCategory;
  system: string;
  codeBefore: string | null;
  codeAfter: string | null;
  rootCause: RootCause | null;
  rationale: string | null;
  referenceKind: ReferenceKind | null;
  citation: string | null;
  status: FindingStatus;
}

export interface ReportData {
  title: string;
  subtitle: string;
  generatedAt: string;
  score: AuditScoreDto | null;
  /** The block the report scores: the whole audit, or one coder's. */
  block: ScoreBlockDto | null;
  findings: ReportFinding[];
}

const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

/** "71.4% (95% CI 45.2-88.3%, n = 7 codes in 3 records of 40)"; every record reviewed: "(all 3 records reviewed, no sampling error)". */
export function rateText(rate: RateWithIntervalDto, unit: string): string {
  const clusters = rate.clusters !== undefined ? ` in ${rate.clusters} records` : '';
  if (rate.status === 'census')
    return `${pct(rate.estimate)} (all ${rate.population ?? rate.n} records reviewed, no sampling error; n = ${rate.n} ${unit}${clusters})`;
  const interval = rate.lower !== null && rate.upper !== null ? `95% CI ${pct(rate.lower)}-${pct(rate.upper)}, ` : '';
  const ofN = rate.population ? ` of ${rate.population}` : '';
  return `${pct(rate.estimate)} (${interval}n = ${rate.n} ${unit}${clusters}${ofN})`;
}

/** The reference as the screens print it: "Coding Clinic 1Q 2017 p.47". */
export function referenceLine(f: Pick<ReportFinding, 'referenceKind' | 'citation'>): string | null {
  if (!f.citation) return null;
  return f.referenceKind ? referenceText({ kind: f.referenceKind, citation: f.citation }) : f.citation;
}

/** "R1 (coder C001): Revised E11.9 -> E11.22 [First-listed diagnosis]": the finding in the screens' words. */
export function findingHeading(f: ReportFinding): string {
  return `${f.encounter} (coder ${f.coder}): ${FINDING_TYPE_LABELS[f.type] ?? f.type} ${changeText(f)} [${categoryLabel(f.category, f.setting)}]`;
}

const STATUS_WORDS: Readonly<Record<FindingStatus, string>> = {
  open: 'Open',
  disputed: 'Disputed',
  escalated: 'Escalated',
  agreed: 'Agreed',
  upheld: 'Upheld',
  withdrawn: 'Withdrawn',
  overturned: 'Overturned',
};

export function changeText(f: Pick<ReportFinding, 'system' | 'codeBefore' | 'codeAfter'>): string {
  return `${f.codeBefore ? displayCode(f.system, f.codeBefore) : '-'} -> ${f.codeAfter ? displayCode(f.system, f.codeAfter) : '-'}`;
}

/**
 * An A4 document with the reports' title block (title, then "subtitle - generated at"); `done` resolves
 * to the PDF bytes once the caller has called doc.end(). Standard fonts only, uncompressed content
 * streams so the text can be checked without a PDF library.
 */
export function startPdf(
  title: string,
  subtitle: string,
  generatedAt: string,
): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margin: 48, compress: false, info: { Title: title, Producer: 'Recode' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(title);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#444')
    .text(`${subtitle} - generated ${generatedAt}`)
    .fillColor('#000')
    .moveDown();
  return { doc, done };
}

/**
 * The printable audit report. Standard fonts only (no font files), uncompressed content streams so the
 * text can be checked without a PDF library; reports are a few pages, so the size does not matter.
 */
export function renderReportPdf(data: ReportData): Promise<Buffer> {
  const { doc, done } = startPdf(data.title, data.subtitle, data.generatedAt);

  doc.font('Helvetica-Bold').fontSize(12).text('Scores');
  doc.font('Helvetica').fontSize(10);
  if (!data.score || !data.block) doc.text('No scores yet: no record has been reviewed.');
  else {
    const b = data.block;
    doc.text(`${data.score.kind === 'final' ? 'Final' : 'Preliminary'} scores, method ${data.score.methodVersion}`);
    doc.text(`Code accuracy: ${rateText(b.codeAccuracy, 'codes')}`);
    doc.text(`Record accuracy: ${rateText(b.recordAccuracy, 'records')}`);
    if (b.inpatientRecordsReviewed > 0) doc.text(`DRG accuracy: ${rateText(b.drgAccuracy, 'inpatient records')}`);
    doc.text(
      `Records with a coder error: ${b.recordsWithError} of ${b.recordsReviewed}; weighted errors ${b.weightedErrors} of ${b.weightedCodes} weighted codes`,
    );
    if (b.sampleWarning) doc.text(`Note: ${b.sampleWarning.message}`);
  }
  doc.moveDown();

  doc.font('Helvetica-Bold').fontSize(12).text(`Findings (${data.findings.length})`);
  if (data.findings.length === 0) doc.font('Helvetica').fontSize(10).text('No findings.');
  data.findings.forEach((f, i) => {
    doc
      .moveDown(0.4)
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${i + 1}. ${findingHeading(f)}`);
    doc.font('Helvetica').fontSize(10);
    doc.text(
      `Status: ${STATUS_WORDS[f.status] ?? f.status}${f.rootCause ? ` - root cause: ${ROOT_CAUSE_LABELS[f.rootCause]}` : ''}`,
    );
    if (f.rationale) doc.text(`Rationale: ${f.rationale}`);
    const ref = referenceLine(f);
    if (ref) doc.text(`Reference: ${ref}`);
  });
  doc.end();
  return done;
}
