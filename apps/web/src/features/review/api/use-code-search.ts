import type { CodeSearchQuery, CodeSearchResponse } from '@recode/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/**
 * Searches one code set year, a page at a time ("more" fetches the next); `query` is null while the box is
 * empty. No placeholder data: a new query starts with an empty list rather than the previous query's.
 */
export function useCodeSearch(query: CodeSearchQuery | null) {
  return useInfiniteQuery({
    queryKey: ['codes', 'search', query],
    queryFn: ({ signal, pageParam }) =>
      apiClient.get<CodeSearchResponse>(
        '/api/codes/search',
        query ? { ...query, offset: pageParam } : undefined,
        signal,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
    enabled: query !== null,
    staleTime: 5 * 60_000,
  });
}
