import type { AuditLogEntryDto, AuditLogQuery, Page } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const auditLogQueryKey = ['audit-log'] as const;

export function useAuditLog(query: AuditLogQuery) {
  return useQuery({
    queryKey: [...auditLogQueryKey, query],
    queryFn: ({ signal }) => apiClient.get<Page<AuditLogEntryDto>>('/api/audit-log', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}
