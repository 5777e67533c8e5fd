import type { ChangePasswordRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { sessionQueryKey } from './use-session';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) => apiClient.post<void>('/api/auth/password', request),
    // The session now says mustChangePassword: false; wait for it before moving on.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
