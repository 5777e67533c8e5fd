import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { replaceSession } from './use-session';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post<void>('/api/auth/logout'),
    onSettled: () => {
      replaceSession(queryClient, null);
    },
  });
}
