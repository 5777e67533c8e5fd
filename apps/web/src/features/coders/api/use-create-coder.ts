import type { CoderDto, CreateCoderRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { codersQueryKey } from './use-coders';

export function useCreateCoder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCoderRequest) => apiClient.post<CoderDto>('/api/coders', request),
    // Team cards count coders, so they change too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: codersQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
      ]),
  });
}
