import type { EncounterCoderOptions } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { encountersQueryKey } from './use-encounters';

/** The coders (and through them the teams) the caller may filter the list by. Changes rarely. */
export function useEncounterCoders() {
  return useQuery({
    queryKey: [...encountersQueryKey, 'coders'],
    queryFn: ({ signal }) => apiClient.get<EncounterCoderOptions>('/api/encounters/coders', undefined, signal),
    staleTime: 5 * 60_000,
  });
}
