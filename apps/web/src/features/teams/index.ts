export { useTeams } from './api/use-teams';
export { useTeamNames } from './hooks/use-team-names';
