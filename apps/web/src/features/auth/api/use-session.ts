import type { SessionUser } from '@recode/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ApiError, shouldRetryQuery } from '../../../lib/api-error';

export const sessionQueryKey = ['auth', 'session'] as const;

/** The signed-in person, or null when there is no session (a 401 here is an answer, not a failure). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    return await apiClient.get<SessionUser>('/api/auth/me', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Drops every cached answer except the session itself, then sets it. Removing the session query
 * too would orphan the components watching it, and they would never see the new value.
 */
export function replaceSession(queryClient: QueryClient, user: SessionUser | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, user);
}

export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    retry: shouldRetryQuery,
  });
}
