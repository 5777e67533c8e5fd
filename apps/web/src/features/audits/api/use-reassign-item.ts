import type { AuditItemDto, ReassignItemRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditsQueryKey } from './use-audits';

export function useReassignItem(auditId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, ...body }: ReassignItemRequest & { itemId: string }) =>
      apiClient.post<AuditItemDto>(
        `/api/audits/${encodeURIComponent(auditId)}/items/${encodeURIComponent(itemId)}/reassign`,
        body,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditsQueryKey }),
  });
}
