export type SamplingErrorCode =
  | 'SAMPLE_SEED_INVALID'
  | 'SAMPLE_SIZE_INVALID'
  | 'SAMPLE_SIZE_EXCEEDS_FRAME'
  | 'SAMPLE_FRAME_EMPTY'
  | 'SAMPLE_FRAME_EMPTY_AFTER_EXCLUSION'
  | 'SAMPLE_FRAME_EMPTY_AFTER_RULES'
  | 'SAMPLE_FRAME_DUPLICATE_ID'
  | 'SAMPLE_STRATUM_KEY_MISSING'
  | 'SAMPLE_METHOD_UNKNOWN'
  | 'SAMPLE_RULE_INVALID'
  | 'ASSIGNMENT_AUDITORS_INVALID';

/** One error type with stable codes, so the API can map it to a 4xx answer without parsing messages. */
export class SamplingError extends Error {
  constructor(
    readonly code: SamplingErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'SamplingError';
  }
}
