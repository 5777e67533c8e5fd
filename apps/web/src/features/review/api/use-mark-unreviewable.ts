import type { MarkUnreviewableRequest, MarkUnreviewableResponse } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function useMarkUnreviewable(auditId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkUnreviewableRequest) =>
      apiClient.post<MarkUnreviewableResponse>(
        `/api/audits/${encodeURIComponent(auditId)}/items/${encodeURIComponent(itemId)}/unreviewable`,
        body,
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['audits'] }),
        queryClient.invalidateQueries({ queryKey: ['worklist'] }),
      ]),
  });
}
