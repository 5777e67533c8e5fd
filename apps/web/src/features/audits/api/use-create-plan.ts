import type { AuditPlanDto, CreatePlanInput } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPlansQueryKey } from './use-audit-plans';

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePlanInput) => apiClient.post<AuditPlanDto>('/api/audit-plans', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditPlansQueryKey }),
  });
}
