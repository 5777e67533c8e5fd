import type { AuditDto, RequestableAuditTransition } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditsQueryKey } from './use-audits';

export function useTransitionAudit(auditId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: RequestableAuditTransition) =>
      apiClient.post<AuditDto>(`/api/audits/${encodeURIComponent(auditId)}/transitions`, { to }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditsQueryKey }),
  });
}
