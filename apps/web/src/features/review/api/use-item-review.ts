import type { AuditItemReviewDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const itemReviewQueryKey = (auditId: string, itemId: string) => ['audits', 'review', auditId, itemId] as const;

export function useItemReview(auditId: string, itemId: string) {
  return useQuery({
    queryKey: itemReviewQueryKey(auditId, itemId),
    queryFn: ({ signal }) =>
      apiClient.get<AuditItemReviewDto>(
        `/api/audits/${encodeURIComponent(auditId)}/items/${encodeURIComponent(itemId)}`,
        undefined,
        signal,
      ),
    // An open review must not be swapped under the auditor's hands; reload is explicit.
    staleTime: Infinity,
  });
}
