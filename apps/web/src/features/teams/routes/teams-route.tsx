import { useMemo, useState } from 'react';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../components';
import { useTeams } from '../api/use-teams';
import { CreateTeamForm } from '../components/create-team-form';
import { TeamsTable } from '../components/teams-table';

export function TeamsRoute() {
  const teams = useTeams();
  const [notice, setNotice] = useState<string | null>(null);
  // Active teams first, then by name: inactive ones are kept for history, not for daily work.
  const sorted = useMemo(
    () => [...(teams.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)),
    [teams.data],
  );

  return (
    <div className="page">
      <PageHeader
        title="Teams"
        description="Supervisors see the coders and audits of their teams. Deactivated teams keep their history."
      />
      <section className="card">
        <CreateTeamForm onCreated={(name) => setNotice(`Added team “${name}”.`)} />
      </section>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {teams.isPending ? (
        <LoadingState label="Loading teams…" />
      ) : teams.isError ? (
        <ErrorState error={teams.error} onRetry={() => void teams.refetch()} retrying={teams.isFetching} />
      ) : sorted.length === 0 ? (
        <EmptyState title="No teams yet.">
          <p>Add a team above, then place users and coders in it from their own pages.</p>
        </EmptyState>
      ) : (
        <TeamsTable teams={sorted} onSaved={setNotice} />
      )}
    </div>
  );
}
