import type { CreateUserRequest, UserDto } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateUserViews } from './invalidate-user-views';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUserRequest) => apiClient.post<UserDto>('/api/users', request),
    onSuccess: () => invalidateUserViews(queryClient),
  });
}
