import type { MapContext, RowIssue } from '../layouts/mapped-row';

/** A value on the claim the mapping may be keyed by, and where it sits (segment and element, or FHIRPath). */
export interface CoderKeyCandidate {
  /** e.g. "rendering provider" */
  label: string;
  value: string;
  where: string;
}

export interface CoderAttribution {
  coder: string;
  /** Where the coder came from, for messages about it (the coder field of the row). */
  column: string;
  issue: RowIssue | null;
}

/**
 * The coder of one claim: the first candidate (most specific first) the mapping holds, else the upload's
 * default coder. With neither, the claim is rejected by name with every place that was looked at, so the
 * user can add the missing row to the mapping.
 */
export function attributeCoder(
  ctx: MapContext,
  claim: string,
  candidates: { claimId: CoderKeyCandidate; providers: readonly CoderKeyCandidate[] },
): CoderAttribution {
  const mapping = ctx.coderMapping;
  if (!mapping) return { coder: ctx.defaultCoder ?? '', column: 'defaultCoderExternalId', issue: null };
  const looked = mapping.key === 'claim_id' ? [candidates.claimId] : candidates.providers;
  const hit = looked.find((c) => c.value && mapping.entries[c.value] !== undefined);
  if (hit) return { coder: mapping.entries[hit.value] as string, column: `coder mapping (${hit.where})`, issue: null };
  if (ctx.defaultCoder) return { coder: ctx.defaultCoder, column: 'defaultCoderExternalId', issue: null };
  const seen = looked.filter((c) => c.value);
  const field = looked.map((c) => c.where).join(' | ');
  const message = seen.length
    ? `${claim}: no row of the coder mapping ${mapping.fileName} (${mapping.key}) matches ${seen.map((c) => `the ${c.label} ${c.value} (${c.where})`).join(', ')}, and the upload has no default coder`
    : `${claim}: the claim has no ${looked.map((c) => `${c.label} (${c.where})`).join(', ')} to look up in the coder mapping ${mapping.fileName}, and the upload has no default coder`;
  return {
    coder: '',
    column: field,
    issue: {
      field,
      value: seen.map((c) => c.value).join(' '),
      code: 'CODER_UNMAPPED',
      severity: 'reject',
      message,
    },
  };
}
