import type { DisputeHistoryDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { disputesQueryKey } from './use-disputes';

export function useDisputeHistory(findingId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...disputesQueryKey, 'history', findingId],
    queryFn: ({ signal }) =>
      apiClient.get<DisputeHistoryDto>(`/api/findings/${encodeURIComponent(findingId)}/dispute`, undefined, signal),
    enabled,
  });
}
