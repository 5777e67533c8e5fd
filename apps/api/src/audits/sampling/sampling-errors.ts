import { SamplingError, type SamplingErrorCode } from '@recode/domain';
import type { ErrorCode } from '@recode/contracts';
import { AppError } from '../../common/errors';

/** The domain's sampling errors as the API's codes: each is the caller's mistake (400), except a missing auditor (409). */
const CODES: Readonly<Record<SamplingErrorCode, [number, ErrorCode]>> = {
  SAMPLE_SEED_INVALID: [400, 'SAMPLE_SEED_INVALID'],
  SAMPLE_SIZE_INVALID: [400, 'SAMPLE_SIZE_INVALID'],
  SAMPLE_SIZE_EXCEEDS_FRAME: [400, 'SAMPLE_LARGER_THAN_FRAME'],
  SAMPLE_FRAME_EMPTY: [400, 'PLAN_SCOPE_EMPTY'],
  SAMPLE_FRAME_EMPTY_AFTER_EXCLUSION: [400, 'PLAN_SCOPE_EMPTY_AFTER_EXCLUSION'],
  SAMPLE_FRAME_EMPTY_AFTER_RULES: [400, 'PLAN_SCOPE_EMPTY_AFTER_RULES'],
  SAMPLE_FRAME_DUPLICATE_ID: [400, 'SAMPLING_FAILED'],
  SAMPLE_STRATUM_KEY_MISSING: [400, 'SAMPLING_FAILED'],
  SAMPLE_METHOD_UNKNOWN: [400, 'SAMPLE_SIZE_INVALID'],
  SAMPLE_RULE_INVALID: [400, 'PLAN_RULE_INVALID'],
  ASSIGNMENT_AUDITORS_INVALID: [409, 'NO_AUDITORS_AVAILABLE'],
};

const FIELDS: Partial<Record<SamplingErrorCode, string>> = {
  SAMPLE_SIZE_EXCEEDS_FRAME: 'body.method',
  SAMPLE_SIZE_INVALID: 'body.method',
  SAMPLE_SEED_INVALID: 'body.seed',
  SAMPLE_FRAME_EMPTY: 'body.scope',
  SAMPLE_FRAME_EMPTY_AFTER_EXCLUSION: 'body.exclusionWindowDays',
  SAMPLE_FRAME_EMPTY_AFTER_RULES: 'body.rules',
  SAMPLE_RULE_INVALID: 'body.rules',
};

export function toAppError(err: SamplingError): AppError {
  const [status, code] = CODES[err.code];
  const message = err.message.charAt(0).toUpperCase() + err.message.slice(1);
  return new AppError(status, code, message, [
    { path: FIELDS[err.code] ?? 'body', message: err.message, ...err.details },
  ]);
}

/** Runs a domain call and rethrows its sampling errors as API errors. */
export function mapSamplingErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof SamplingError) throw toAppError(err);
    throw err;
  }
}
