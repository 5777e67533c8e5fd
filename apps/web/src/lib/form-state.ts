import { fieldErrorsFromIssues, type SchemaIssue, type SubmitErrors } from './form-errors';

/** Nothing to show: no field message and none above the form, as before a submit or once one is accepted. */
export const NO_ERRORS: SubmitErrors = { fields: {}, form: null };

/** The form's values with one field replaced, as a new object: React keeps the rendered one untouched. */
export function withField<V, K extends keyof V>(values: V, field: K, value: V[K]): V {
  return { ...values, [field]: value };
}

/** A form the schema refused before sending: each message under its field, none above the form. */
export function issueErrors(issues: readonly SchemaIssue[]): SubmitErrors {
  return { fields: fieldErrorsFromIssues(issues), form: null };
}
