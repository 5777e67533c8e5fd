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
  const [coderMapping, setCoderMapping] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  // The input is remounted after a successful upload so the same file can be chosen again.
  const [inputKey, setInputKey] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a CSV, JSON, 837 or FHIR file');
      return;
    }
    setFileError(undefined);
    const fields = { layout, source: source.trim(), defaultCoderExternalId: defaultCoder.trim() || undefined };
    upload.mutate(
      { file, fields, coderMapping },
      {
        onSuccess: ({ importId }) => {
          setFile(null);
          setCoderMapping(null);
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
          accept=".csv,.json,.ndjson,.837,.x12,.edi,.txt,text/csv,application/json"
          aria-describedby="import-file-hint"
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <p className="field-hint" id="import-file-hint">
          CSV or JSON, an X12 837I/837P, or FHIR R4 (Bundle or NDJSON), up to the server&apos;s size limit. The page
          shows its progress as soon as it is sent.
        </p>
        {fileError ? <p className="field-error">{fileError}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="import-coder-mapping">Coder mapping (837 and FHIR, optional)</label>
        <input
          key={inputKey}
          id="import-coder-mapping"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="import-coder-mapping-hint"
          onChange={(event) => setCoderMapping(event.target.files?.[0] ?? null)}
        />
        <p className="field-hint" id="import-coder-mapping-hint">
          CSV with the columns claim_id,coder_id or provider_npi,coder_id. Claims it does not match go to the default
          coder.
        </p>
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
