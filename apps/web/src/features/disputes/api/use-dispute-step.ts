import type { DisputeHistoryDto, DisputeStepRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { disputesQueryKey } from './use-disputes';

/** Query keys other features read that a dispute step changes (the score moves). */
const AFFECTED = [disputesQueryKey, ['rulings'], ['feedback'], ['notifications']] as const;

export function useDisputeStep(findingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DisputeStepRequest) =>
      apiClient.post<DisputeHistoryDto>(`/api/findings/${encodeURIComponent(findingId)}/dispute-steps`, body),
    onSuccess: () => Promise.all(AFFECTED.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
