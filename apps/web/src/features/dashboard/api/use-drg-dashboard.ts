import type { CoderDrillDownQuery, DashboardQuery, DrgDashboardDto } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { dashboardQueryKey } from './use-dashboard';

/** MS-DRG accuracy, change dollars and shifts: the whole scope, or one coder's (drill-down). */
export function useDrgDashboard(query: DashboardQuery | CoderDrillDownQuery, coderId?: string) {
  const path = coderId ? `/api/dashboard/coders/${encodeURIComponent(coderId)}/drg` : '/api/dashboard/drg';
  return useQuery({
    queryKey: [...dashboardQueryKey, 'drg', coderId ?? null, query],
    queryFn: ({ signal }) => apiClient.get<DrgDashboardDto>(path, { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}
