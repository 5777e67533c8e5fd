import type { AuditItemReviewDto, SaveReviewRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { itemReviewQueryKey } from './use-item-review';

export function useSaveReview(auditId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveReviewRequest) =>
      apiClient.put<AuditItemReviewDto>(
        `/api/audits/${encodeURIComponent(auditId)}/items/${encodeURIComponent(itemId)}/review`,
        body,
      ),
    onSuccess: (review) => {
      queryClient.setQueryData(itemReviewQueryKey(auditId, itemId), review);
      // Progress, findings counts and the worklist all move with a save.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['audits'], predicate: (query) => query.queryKey[1] !== 'review' }),
        queryClient.invalidateQueries({ queryKey: ['worklist'] }),
      ]);
    },
  });
}
