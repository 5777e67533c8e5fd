import type { ErrorDetail } from '@recode/contracts';
import { CODE_SYSTEM_LABELS, displayCode } from '@recode/domain';
import { ApiError } from '../../lib/api-error';
import { grouped, type DraftLine } from './review-draft';

/** A refused save's problem on one line, in the words and numbering the screen shows. */
export interface LineProblem {
  uid: string;
  /** The field of the line the API named: code, poa, modifiers, sequence… */
  field: string;
  /** "ICD-10-CM line 7, I48.91: inpatient diagnoses need a POA indicator (Y, N, U or W)". */
  message: string;
  /** The line as it was when refused: the highlight goes once the line is changed. */
  snapshot: string;
}

export interface SaveProblems {
  lines: LineProblem[];
  /** Problems that are not about one line (or a message without details). */
  other: string[];
}

const LINE_PATH = /^body\.codes\.(\d+)(?:\.(\w+))?/;

export const lineSnapshot = (line: DraftLine): string =>
  JSON.stringify([line.system, line.code, line.poa, line.modifiers]);

/** The API names a line by its 0-based index in the saved list ("body.codes.6.poa"); the screen numbers lines 1… within each system. */
function describeDetail(detail: ErrorDetail, ordered: readonly DraftLine[]): LineProblem | null {
  const match = LINE_PATH.exec(detail.path ?? '');
  const line = match ? ordered[Number(match[1])] : undefined;
  if (!match || !line) return null;
  const number = ordered.filter((l) => l.system === line.system).indexOf(line) + 1;
  const shown = displayCode(line.system, line.code);
  // The API's message often starts with the stored code ("I4891: …" or "A419 is not in …"): say it once, as shown.
  let text = detail.message;
  if (text.startsWith(`${line.code}: `)) text = text.slice(line.code.length + 2);
  else if (text.startsWith(`${line.code} `)) text = text.slice(line.code.length + 1);
  return {
    uid: line.uid,
    field: match[2] ?? 'code',
    message: `${CODE_SYSTEM_LABELS[line.system]} line ${number}, ${shown}: ${text}`,
    snapshot: lineSnapshot(line),
  };
}

/** Splits a refused save into problems on lines (highlighted in the table) and the rest. */
export function saveProblems(error: unknown, lines: readonly DraftLine[]): SaveProblems {
  if (!(error instanceof ApiError) || error.details.length === 0) return { lines: [], other: [] };
  const ordered = grouped(lines);
  const out: SaveProblems = { lines: [], other: [] };
  for (const detail of error.details) {
    const problem = describeDetail(detail, ordered);
    if (problem) out.lines.push(problem);
    else if ((detail.path ?? '').startsWith('body.codes')) out.other.push(detail.message);
  }
  return out;
}
