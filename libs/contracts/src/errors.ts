import type { AUDIT_ERROR_CODES } from './audits/common';
import type { CODE_SET_ERROR_CODES } from './code-sets';
import type { DASHBOARD_ERROR_CODES } from './dashboard';
import type { DISPUTE_ERROR_CODES } from './disputes';

/** Stable error codes: the web app and API clients branch on these, never on messages. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_INACTIVE',
  'RATE_LIMITED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'USER_EMAIL_TAKEN',
  'TEAM_NAME_TAKEN',
  'CODER_NOT_FOUND',
  'USER_NOT_FOUND',
  'TEAM_NOT_FOUND',
  'PASSWORD_TOO_WEAK',
  'PASSWORD_MISMATCH',
  'PAYLOAD_TOO_LARGE',
  'IMPORT_NOT_FOUND',
  'IMPORT_FILE_MISSING',
  'IMPORT_FILE_EMPTY',
  'IMPORT_FILE_TOO_LARGE',
  'IMPORT_FILE_BINARY',
  'IMPORT_FILE_ENCODING',
  'IMPORT_FILE_FORMAT',
  'IMPORT_HEADER_MISSING',
  'IMPORT_HEADER_DUPLICATE',
  'IMPORT_HEADER_UNKNOWN_COLUMNS',
  'IMPORT_HEADER_MISSING_COLUMNS',
  'IMPORT_WRONG_DELIMITER',
  'IMPORT_CSV_MALFORMED',
  'IMPORT_JSON_MALFORMED',
  'IMPORT_CODER_REQUIRED',
  'IMPORT_CODER_UNKNOWN',
  'IMPORT_CODER_MAPPING_INVALID',
  'IMPORT_CODER_MAPPING_UNKNOWN_CODER',
  'IMPORT_CODER_MAPPING_FORMAT',
  'IMPORT_NOT_CANCELLABLE',
  'IMPORT_NO_CODE_SETS',
  'IMPORT_ROW_INVALID',
  'ENCOUNTER_NOT_FOUND',
  'IMPORT_NOT_RESUMABLE',
  'IMPORT_MULTIPART_MALFORMED',
  'PASSWORD_CHANGE_REQUIRED',
  'BAD_REQUEST',
  'METHOD_NOT_ALLOWED',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
] as const;

/** Every code an endpoint may answer with: a thrown code missing from these lists fails the type-check. */
export type ErrorCode =
  | (typeof ERROR_CODES)[number]
  | (typeof AUDIT_ERROR_CODES)[number]
  | (typeof DISPUTE_ERROR_CODES)[number]
  | (typeof DASHBOARD_ERROR_CODES)[number]
  | (typeof CODE_SET_ERROR_CODES)[number];

export interface ErrorDetail {
  /** Where the problem is: a JSON path such as `body.email`, or `file:row:field` for imports. */
  path?: string;
  message: string;
  [key: string]: unknown;
}

/** The one error shape every endpoint answers with. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetail[] };
}
