import type { AuditLineSystem, CodeSearchResponse } from '@recode/contracts';
import { CODE_SYSTEM_LABELS } from '@recode/domain';

/** ICD-10-CM codes are stored without their dot (E119) and read with it (E11.9); other systems have none. */
export function dottedCode(system: AuditLineSystem, code: string): string {
  return system === 'ICD10CM' && code.length > 3 && !code.includes('.') ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** What a code line without a description says: CPT descriptions are AMA-licensed, so their absence is no error. */
export function missingDescription(system: AuditLineSystem): string {
  return system === 'CPT' ? 'Description not licensed' : 'Not in this year’s set';
}

export interface PickerState {
  system: AuditLineSystem;
  /** What is in the box now, and what the loaded pages were searched for. */
  text: string;
  searchedFor: string;
  pages: readonly CodeSearchResponse[] | undefined;
  error: string | null;
}

export interface PickerView {
  /** Hits of the query in the box only: empty while a new query is pending, so a click never picks a stale code. */
  hits: CodeSearchResponse['items'];
  status: string;
  canShowMore: boolean;
}

export function pickerView({ system, text, searchedFor, pages, error }: PickerState): PickerView {
  const typed = text.trim();
  if (!typed) return { hits: [], status: `Type a ${CODE_SYSTEM_LABELS[system]} code or words`, canShowMore: false };
  if (typed !== searchedFor.trim()) return { hits: [], status: 'Searching…', canShowMore: false };
  if (error) return { hits: [], status: error, canShowMore: false };
  if (!pages || pages.length === 0) return { hits: [], status: 'Searching…', canShowMore: false };
  const hits = pages.flatMap((page) => page.items);
  const last = pages[pages.length - 1] as CodeSearchResponse;
  const note = last.note ? ` ${last.note}` : '';
  if (hits.length === 0) {
    const where = last.codeSet ? ` in ${last.codeSet.version}` : '';
    const hint = system === 'CPT' && !last.codeSet ? ' Type the whole 5-character CPT code.' : '';
    return { hits, status: `No codes match${where}.${hint}${note}`, canShowMore: false };
  }
  const version = last.codeSet ? ` · ${last.codeSet.version}` : '';
  const count =
    hits.length === last.total
      ? `${last.total} code${last.total === 1 ? '' : 's'}`
      : `${hits.length} of ${last.total} codes`;
  return { hits, status: `${count}${version}${note}`, canShowMore: last.offset + last.items.length < last.total };
}
