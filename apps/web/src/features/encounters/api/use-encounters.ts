import type { EncounterListQuery, EncounterPage } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const encountersQueryKey = ['encounters'] as const;

export function useEncounters(query: EncounterListQuery) {
  return useQuery({
    queryKey: [...encountersQueryKey, 'list', query],
    queryFn: ({ signal }) => apiClient.get<EncounterPage>('/api/encounters', query, signal),
    placeholderData: keepPreviousData,
  });
}
