import type { LoginRequest, SessionUser } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { replaceSession } from './use-session';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => apiClient.post<SessionUser>('/api/auth/login', credentials),
    onSuccess: (user) => {
      // Nothing cached for a previous person may survive into this session.
      replaceSession(queryClient, user);
    },
  });
}
