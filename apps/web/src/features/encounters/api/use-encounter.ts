import type { EncounterDetailDto } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { encountersQueryKey } from './use-encounters';

/** One encounter at one version (the current one when versionId is absent). */
export function useEncounter(id: string, versionId: string | undefined) {
  return useQuery({
    queryKey: [...encountersQueryKey, 'detail', id, versionId ?? 'current'],
    queryFn: ({ signal }) =>
      apiClient.get<EncounterDetailDto>(`/api/encounters/${encodeURIComponent(id)}`, { versionId }, signal),
    // Switching versions keeps the page in place while the other version loads.
    placeholderData: keepPreviousData,
  });
}
