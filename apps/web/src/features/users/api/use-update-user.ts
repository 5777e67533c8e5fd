import type { UpdateUserRequest, UserDto } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateUserViews } from './invalidate-user-views';

export interface UpdateUserVariables {
  id: string;
  changes: UpdateUserRequest;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateUserVariables) =>
      apiClient.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, changes),
    onSuccess: () => invalidateUserViews(queryClient),
  });
}
