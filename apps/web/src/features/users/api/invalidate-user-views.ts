import type { QueryClient } from '@tanstack/react-query';
import { usersQueryKey } from './use-users';

/** A user change can move team member counts and coder links as well as the user list. */
export function invalidateUserViews(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: usersQueryKey }),
    queryClient.invalidateQueries({ queryKey: ['teams'] }),
    queryClient.invalidateQueries({ queryKey: ['coders'] }),
  ]);
}
