import { useState, type Dispatch, type SetStateAction } from 'react';
import { submitErrorsFrom, type FieldErrors, type SchemaIssue, type SubmitErrors } from '../lib/form-errors';
import { issueErrors, NO_ERRORS, withField } from '../lib/form-state';

/** What {@link useFormState} hands a form. */
export interface FormState<V> {
  values: V;
  setValues: Dispatch<SetStateAction<V>>;
  /** A field's change handler, for `onValueChange` and the like. */
  set: <K extends keyof V>(field: K) => (value: V[K]) => void;
  /** Messages keyed by field name, shown under the fields. */
  errors: FieldErrors;
  /** The message above the form, if any. */
  formError: string | null;
  setFormError: (message: string | null) => void;
  /** Shows these messages, replacing the field and form messages shown before. */
  showErrors: (result: SubmitErrors) => void;
  /** Shows a schema's refusal before sending: messages under the fields, none above. */
  showIssues: (issues: readonly SchemaIssue[]) => void;
  /** Shows a failed submit: details under the `fields` the form has, the rest above it. */
  showSubmitError: (error: unknown, fields: readonly string[]) => void;
  /** Clears every message, as a submit that passes the schema does. */
  clearErrors: () => void;
}

/**
 * A form's values and its messages in one place: each form held the same three pieces of state,
 * the same field setter and the same way of showing a schema's refusal and a failed submit.
 * A form without a message above it simply ignores `formError`.
 */
export function useFormState<V extends object>(initial: V | (() => V)): FormState<V> {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const showErrors = (result: SubmitErrors) => {
    setErrors(result.fields);
    setFormError(result.form);
  };

  return {
    values,
    setValues,
    set: (field) => (value) => setValues((current) => withField(current, field, value)),
    errors,
    formError,
    setFormError,
    showErrors,
    showIssues: (issues) => showErrors(issueErrors(issues)),
    showSubmitError: (error, fields) => showErrors(submitErrorsFrom(error, fields)),
    clearErrors: () => showErrors(NO_ERRORS),
  };
}
