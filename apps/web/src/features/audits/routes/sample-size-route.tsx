import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { FormAlert, PageHeader, SelectField, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { ApiError } from '../../../lib/api-error';
import {
  API_FIELD,
  parseSampleSizeForm,
  SAMPLE_SIZE_FIELDS,
  type SampleSizeFormValues,
} from '../sample-size/sample-size-form';
import { useSampleSize } from '../sample-size/use-sample-size';

const CONFIDENCE = [
  { value: '80', label: '80%' },
  { value: '90', label: '90%' },
  { value: '95', label: '95%' },
];

/** The API names fields body.N, body.probe…; the form calls them universe, probe… */
function renamed(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => {
    const field = d.path?.replace(/^body\./, '').split(/[.[]/)[0] ?? '';
    return { ...d, path: API_FIELD[field] ?? d.path };
  });
  return new ApiError({ status: error.status, code: error.code, message: error.message, details });
}

/** Sample size for a target precision (RAT-STATS "unrestricted, using a probe sample"), for planning an audit. */
export function SampleSizeRoute() {
  const sampleSize = useSampleSize();
  const form = useFormState<SampleSizeFormValues>({ universe: '', probe: '', confidence: '90', precision: '10' });
  const { values, errors, formError, set } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseSampleSizeForm(values);
    if ('errors' in parsed) {
      form.showIssues(
        Object.entries(parsed.errors).map(([field, message]) => ({
          path: [field],
          message: message ?? '',
          code: 'custom',
        })),
      );
      return;
    }
    form.clearErrors();
    sampleSize.mutate(parsed.request, { onError: (error) => form.showSubmitError(renamed(error), SAMPLE_SIZE_FIELDS) });
  };
  const result = sampleSize.isSuccess ? sampleSize.data : null;

  return (
    <div className="page">
      <PageHeader
        title="Sample size"
        description="How many records to sample for a target precision, from the overpayments of a small probe sample (RAT-STATS, unrestricted)."
        actions={
          <Link className="btn" to="/audits/plans">
            Audit plans
          </Link>
        }
      />
      <form className="form form-narrow" onSubmit={submit} noValidate aria-label="Sample size">
        <FormAlert message={formError} />
        <TextField
          label="Universe size (records in the frame)"
          inputMode="numeric"
          value={values.universe}
          onValueChange={set('universe')}
          error={errors.universe}
        />
        <TextField
          label="Probe values"
          value={values.probe}
          onValueChange={set('probe')}
          error={errors.probe}
          hint="The overpayment found in each probe record, separated by commas or spaces (at least 2)."
        />
        <SelectField
          label="Confidence"
          value={values.confidence}
          options={CONFIDENCE}
          onValueChange={set('confidence')}
          error={errors.confidence}
        />
        <TextField
          label="Target precision (± % of the point estimate)"
          inputMode="decimal"
          value={values.precision}
          onValueChange={set('precision')}
          error={errors.precision}
        />
        <button className="btn btn-primary" type="submit" disabled={sampleSize.isPending}>
          {sampleSize.isPending ? 'Computing…' : 'Compute sample size'}
        </button>
      </form>
      {result ? (
        <p className="form-success" role="status">
          Sample <strong>{result.n.toLocaleString('en-US')}</strong> records: the probe predicts a precision of ±
          {result.expected_precision_percent.toFixed(2)}% at {values.confidence}% confidence.
        </p>
      ) : null}
    </div>
  );
}
