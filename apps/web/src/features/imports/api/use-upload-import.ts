import type { CreateImportFields, CreateImportResponse } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postMultipart } from '../../../lib/post-multipart';
import { importsQueryKey } from './use-imports';

export interface UploadImportVariables {
  file: File;
  fields: Partial<CreateImportFields>;
  /** 837/FHIR only: a CSV or JSON claim → coder mapping (sent as the `coderMapping` part). */
  coderMapping?: File | null;
}

/** Multipart (fields, the coder mapping, then the file), so the server reads the choices before the file streams in. */
export function uploadImport({ file, fields, coderMapping }: UploadImportVariables): Promise<CreateImportResponse> {
  return postMultipart<CreateImportResponse>('/api/imports', fields, file, { coderMapping });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsQueryKey }),
  });
}
