import type { CoderDto, UpdateCoderRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { codersQueryKey } from './use-coders';

export interface UpdateCoderVariables {
  id: string;
  changes: UpdateCoderRequest;
}

export function useUpdateCoder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateCoderVariables) =>
      apiClient.patch<CoderDto>(`/api/coders/${encodeURIComponent(id)}`, changes),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: codersQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
      ]),
  });
}
