import type { CptUploadRequest, CptUploadResponse } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postMultipart } from '../../../lib/post-multipart';
import { codeSetsQueryKey } from './use-code-sets';

export interface UploadCptVariables {
  file: File;
  fields: CptUploadRequest;
}

export function useUploadCpt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fields }: UploadCptVariables) =>
      postMultipart<CptUploadResponse>('/api/code-sets/cpt', { ...fields }, file),
    // CPT lookups answer from the new file from now on, so cached answers are stale too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: codeSetsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['code-lookup'] }),
      ]),
  });
}
