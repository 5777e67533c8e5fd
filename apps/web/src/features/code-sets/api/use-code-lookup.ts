import type { CodeLookupQuery, CodeLookupResult } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Looks a code up for a date of service; nothing is asked until there is a query. */
export function useCodeLookup(query: CodeLookupQuery | null) {
  return useQuery({
    queryKey: ['code-lookup', query],
    queryFn: ({ signal }) =>
      apiClient.get<CodeLookupResult>('/api/codes/lookup', { ...(query as CodeLookupQuery) }, signal),
    enabled: query !== null,
  });
}
