import { IMPORT_LAYOUTS, type CreateImportFields } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../../components';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { useUploadImport } from '../api/use-upload-import';
import { ProblemAlert } from './problem-alert';

const LAYOUT_OPTIONS = [
  { value: 'auto', label: 'Detect from the header' },
  { value: 'code-lines', label: 'One row per code line' },
  { value: 'claim-lines', label: 'One row per claim line (claim extract)' },
];

interface UploadFormProps {
  onUploaded: (importId: string) => void;
}

export function UploadForm({ onUploaded }: UploadFormProps) {
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [layout, setLayout] = useState<CreateImportFields['layout']>('auto');
  const [source, setSource] = useState('upload');
  const [defaultCoder, setDefaultCoder] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  // The input is remounted after a successful upload so the same file can be chosen again.
  const [inputKey, setInputKey] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a CSV or JSON file');
      return;
    }
    setFileError(undefined);
    const fields = { layout, source: source.trim(), defaultCoderExternalId: defaultCoder.trim() || undefined };
    upload.mutate(
      { file, fields },
      {
        onSuccess: ({ importId }) => {
          setFile(null);
          setInputKey((key) => key + 1);
          onUploaded(importId);
        },
      },
    );
  };

  const refusal = upload.error;
  return (
    <form className="form import-upload" onSubmit={submit} noValidate aria-label="Upload an import file">
      <div className={fileError ? 'field field-invalid' : 'field'}>
        <label htmlFor="import-file">File</label>
        <input
          key={inputKey}
          id="import-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="import-file-hint"
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <p className="field-hint" id="import-file-hint">
          CSV or JSON, up to the server&apos;s size limit. The page shows its progress as soon as it is sent.
        </p>
        {fileError ? <p className="field-error">{fileError}</p> : null}
      </div>
      <div className="import-upload-fields">
        <SelectField
          label="Layout"
          value={layout}
          options={LAYOUT_OPTIONS}
          onValueChange={(value) => setLayout(IMPORT_LAYOUTS.find((known) => known === value) ?? 'auto')}
        />
        <TextField
          label="Source"
          value={source}
          onValueChange={setSource}
          hint="With the encounter id, identifies an encounter across imports."
          maxLength={64}
        />
        <TextField
          label="Default coder ID"
          value={defaultCoder}
          onValueChange={setDefaultCoder}
          placeholder="e.g. C001"
          hint="For files without a coder column, such as claim extracts."
          maxLength={64}
        />
      </div>
      {refusal ? (
        <ProblemAlert
          title="The upload was refused"
          message={errorMessage(refusal)}
          details={refusal instanceof ApiError ? refusal.details : []}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Upload and import'}
        </button>
      </div>
    </form>
  );
}
