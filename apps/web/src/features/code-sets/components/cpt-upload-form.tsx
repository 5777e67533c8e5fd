import { cptUploadRequestSchema, type CptUploadResponse } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { FormAlert, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { ApiError } from '../../../lib/api-error';
import { formatCount } from '../../../lib/format';
import { fieldErrorsFromIssues } from '../../../lib/form-errors';
import { useUploadCpt } from '../api/use-upload-cpt';
import { uploadProblems, type UploadProblem } from '../code-sets-view';

const FIELDS = ['version', 'effectiveFrom', 'effectiveTo', 'file'] as const;
const OUTCOME: Record<CptUploadResponse['status'], string> = {
  loaded: 'Loaded',
  replaced: 'Replaced',
  skipped: 'Already loaded (same file), nothing changed:',
};

export function CptUploadForm() {
  const upload = useUploadCpt();
  const form = useFormState({ version: '', effectiveFrom: '', effectiveTo: '' });
  const { values, errors, formError, set } = form;
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [problems, setProblems] = useState<UploadProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblems([]);
    setDone(null);
    const parsed = cptUploadRequestSchema.safeParse({ ...values, effectiveTo: values.effectiveTo || undefined });
    const fieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (!file) fieldErrors.file = 'Choose the CPT file (CSV with code and description columns)';
    form.showErrors({ fields: fieldErrors, form: null });
    if (!parsed.success || !file) return;
    upload.mutate(
      { file, fields: parsed.data },
      {
        onSuccess: ({ status, codeSet }) => {
          setDone(
            `${OUTCOME[status]} CPT ${codeSet.version}: ${formatCount(codeSet.rowCount)} codes, in force ${codeSet.effectiveFrom} – ${codeSet.effectiveTo}.`,
          );
          setFile(null);
          setInputKey((k) => k + 1);
        },
        onError: (error) => {
          form.showSubmitError(error, FIELDS);
          setProblems(error instanceof ApiError ? uploadProblems(error.details, file.name) : []);
        },
      },
    );
  };

  return (
    <form className="form form-narrow" onSubmit={submit} noValidate aria-label="Upload CPT file">
      <FormAlert message={formError} />
      {problems.length ? (
        <ul className="import-problem-details" aria-label="Problems in the file">
          {problems.map((p, i) => (
            <li key={i}>
              {p.where ? <strong>{p.where}: </strong> : null}
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      {done ? (
        <p className="form-success" role="status">
          {done}
        </p>
      ) : null}
      <div className={errors.file ? 'field field-invalid' : 'field'}>
        <label htmlFor="cpt-file">CPT file</label>
        <input
          key={inputKey}
          id="cpt-file"
          type="file"
          accept=".csv,.gz,text/csv"
          aria-describedby={errors.file ? 'cpt-file-hint cpt-file-error' : 'cpt-file-hint'}
          aria-invalid={errors.file ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <p className="field-hint" id="cpt-file-hint">
          CSV with a header row and <code>code</code> and <code>description</code> columns, as licensed from the AMA.
          The file itself is not kept.
        </p>
        {errors.file ? (
          <p className="field-error" id="cpt-file-error">
            {errors.file}
          </p>
        ) : null}
      </div>
      <TextField
        label="Version"
        value={values.version}
        onValueChange={set('version')}
        error={errors.version}
        placeholder="customer-2026"
        maxLength={40}
        hint="A name for this release, e.g. customer-2026. Uploading the same version again replaces it."
      />
      <TextField
        label="In force from"
        type="date"
        value={values.effectiveFrom}
        onValueChange={set('effectiveFrom')}
        error={errors.effectiveFrom}
      />
      <TextField
        label="In force until (optional)"
        type="date"
        value={values.effectiveTo}
        onValueChange={set('effectiveTo')}
        error={errors.effectiveTo}
        hint="Defaults to one year after the start, less a day."
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={upload.isPending}>
          {upload.isPending ? 'Uploading and checking…' : 'Upload CPT file'}
        </button>
      </div>
    </form>
  );
}
