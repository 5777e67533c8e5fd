import type { CreateImportFields, CreateImportResponse } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { networkError, toApiError } from '../../../lib/api-error';
import { importsQueryKey } from './use-imports';

export interface UploadImportVariables {
  file: File;
  fields: Partial<CreateImportFields>;
}

/**
 * The one multipart call of the app, so it has its own fetch rather than the JSON client: the
 * browser must set the multipart boundary itself. Failures become the same ApiError as elsewhere.
 */
export async function uploadImport({ file, fields }: UploadImportVariables): Promise<CreateImportResponse> {
  const form = new FormData();
  // Fields before the file: the server reads them as the stream arrives.
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/imports', { method: 'POST', credentials: 'include', headers: { Accept: 'application/json' }, body: form });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // Not JSON (a proxy's error page): toApiError falls back to a message by status.
  }
  if (!response.ok) throw toApiError(response.status, body);
  return body as CreateImportResponse;
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsQueryKey }),
  });
}
