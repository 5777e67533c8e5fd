import type { Page, Role, UserDto } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export type UserListQuery = {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role;
  active?: boolean;
};

export const usersQueryKey = ['users'] as const;

export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: [...usersQueryKey, 'list', query],
    queryFn: ({ signal }) => apiClient.get<Page<UserDto>>('/api/users', query, signal),
    placeholderData: keepPreviousData,
  });
}
