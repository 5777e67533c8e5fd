import { QueryClient } from '@tanstack/react-query';
import { shouldRetryQuery } from '../lib/api-error';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: shouldRetryQuery,
      // Audit data changes by people's actions, not by the second; refetching on every focus is noise.
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
