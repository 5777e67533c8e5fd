import type { DashboardDto, DashboardQuery } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const dashboardQueryKey = ['dashboard'] as const;

/** Refetched every 5 s while open, so a saved finding or a ruling shows without a reload. */
export function useDashboard(query: DashboardQuery) {
  return useQuery({
    queryKey: [...dashboardQueryKey, query],
    queryFn: ({ signal }) => apiClient.get<DashboardDto>('/api/dashboard', { ...query }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 5_000,
  });
}
