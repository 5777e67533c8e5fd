import type { AuditDto, RunPlanRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPlansQueryKey } from './use-audit-plans';
import { auditsQueryKey } from './use-audits';

export interface RunPlanVariables {
  planId: string;
  request: RunPlanRequest;
}

/** Creates the audit and queues its sampling; the audit page then polls until it is in review. */
export function useRunPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, request }: RunPlanVariables) =>
      apiClient.post<AuditDto>(`/api/audit-plans/${encodeURIComponent(planId)}/run`, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: auditsQueryKey }),
        queryClient.invalidateQueries({ queryKey: auditPlansQueryKey }),
      ]),
  });
}
