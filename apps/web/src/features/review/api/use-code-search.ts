import type { CodeSearchQuery, CodeSearchResponse } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Searches one code set year; `query` is null while the box is empty. Debounce before calling. */
export function useCodeSearch(query: CodeSearchQuery | null) {
  return useQuery({
    queryKey: ['codes', 'search', query],
    queryFn: ({ signal }) => apiClient.get<CodeSearchResponse>('/api/codes/search', query ?? undefined, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
