import { useMemo } from 'react';
import { useTeams } from '../api/use-teams';

/**
 * Team names for other features' tables. A role that may not list teams still sees its lists,
 * only with "Team" in place of names, so this never turns a page into an error.
 */
export function useTeamNames() {
  const teams = useTeams();
  const names = useMemo(() => new Map((teams.data ?? []).map((team) => [team.id, team.name])), [teams.data]);
  const nameOf = (id: string | null | undefined): string => {
    if (!id) return '—';
    return names.get(id) ?? (teams.isPending ? '…' : 'Team');
  };
  return { teams: teams.data, isPending: teams.isPending, isError: teams.isError, nameOf };
}
