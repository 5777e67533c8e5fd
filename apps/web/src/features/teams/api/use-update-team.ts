import type { TeamDto, UpdateTeamRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { teamsQueryKey } from './use-teams';

export interface UpdateTeamVariables {
  id: string;
  changes: UpdateTeamRequest;
}

export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateTeamVariables) =>
      apiClient.patch<TeamDto>(`/api/teams/${encodeURIComponent(id)}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
  });
}
