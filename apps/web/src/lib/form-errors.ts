import { ApiError, errorMessage } from './api-error';

export type FieldErrors = Partial<Record<string, string>>;

/** The parts of a zod issue we read; zod's own issue types are assignable to it. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
  readonly origin?: string;
  readonly minimum?: unknown;
  readonly format?: string;
}

/** Zod's defaults are written for developers; these few read better on a form. */
function friendlyMessage(issue: SchemaIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'Required';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'Enter a valid email address';
  if (issue.code === 'invalid_format' && issue.format === 'uuid') return 'Enter a valid ID';
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'Enter a valid date';
  return issue.message;
}

/** One message per field (the first), keyed by the dotted path of the field. */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (!errors[field]) errors[field] = friendlyMessage(issue);
  }
  return errors;
}

export interface SubmitErrors {
  fields: FieldErrors;
  /** What to say above the form: the server's message, or details that belong to no field shown. */
  form: string | null;
}

const PATH_PREFIXES = ['body.', 'query.'];

/** The API's field messages are fragments ("is required"); under a label they read as sentences. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function fieldFromPath(path: string): string {
  const prefix = PATH_PREFIXES.find((candidate) => path.startsWith(candidate));
  return prefix ? path.slice(prefix.length) : path;
}

/** Spreads a failed submit over the fields on the form, from the server's `details[].path`. */
export function submitErrorsFrom(error: unknown, knownFields: readonly string[]): SubmitErrors {
  if (!(error instanceof ApiError)) return { fields: {}, form: errorMessage(error) };
  const fields: FieldErrors = {};
  let unplaced = 0;
  for (const detail of error.details) {
    const field = detail.path ? fieldFromPath(detail.path) : undefined;
    if (field && knownFields.includes(field)) {
      if (!fields[field]) fields[field] = sentence(detail.message);
    } else {
      unplaced += 1;
    }
  }
  // The server's message already names the first problem, so it covers details no field shows.
  const everythingPlaced = Object.keys(fields).length > 0 && unplaced === 0;
  return { fields, form: everythingPlaced ? null : error.message };
}
