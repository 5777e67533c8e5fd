import type { DisputeFindingDto, DisputeListQuery } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const disputesQueryKey = ['disputes'] as const;

/** Findings with a move for the caller (awaiting) or every one they follow (all). */
export function useDisputes(view: DisputeListQuery['view']) {
  return useQuery({
    queryKey: [...disputesQueryKey, 'list', view],
    queryFn: ({ signal }) => apiClient.get<DisputeFindingDto[]>('/api/disputes', { view }, signal),
  });
}
