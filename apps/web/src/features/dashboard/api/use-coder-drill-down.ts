import type { CoderDrillDownDto, CoderDrillDownQuery } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { dashboardQueryKey } from './use-dashboard';

export function useCoderDrillDown(coderId: string, query: CoderDrillDownQuery) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'coder', coderId, query],
    queryFn: ({ signal }) =>
      apiClient.get<CoderDrillDownDto>(`/api/dashboard/coders/${encodeURIComponent(coderId)}`, { ...query }, signal),
  });
}
