import type { UserDto } from '@recode/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader, Pagination, SidePanel } from '../../../components';
import { useCurrentUser } from '../../auth';
import { useTeamNames } from '../../teams';
import { useUsers } from '../api/use-users';
import { CreateUserForm } from '../components/create-user-form';
import { EditUserForm } from '../components/edit-user-form';
import { UserFilters } from '../components/user-filters';
import { UsersTable } from '../components/users-table';
import { parseUserListQuery } from '../users-search-params';
import { useParamPatch } from '../../../hooks/use-param-patch';

type Panel = { kind: 'create' } | { kind: 'edit'; user: UserDto } | null;

export function UsersRoute() {
  const currentUser = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const query = parseUserListQuery(params);
  const users = useUsers(query);
  const teams = useTeamNames();
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const update = useParamPatch(params, setParams);
  const filtered = Boolean(query.q || query.role || query.active !== undefined);

  const done = (message: string) => {
    setPanel(null);
    setNotice(message);
  };

  return (
    <div className="page">
      <PageHeader
        title="Users"
        description="Who can sign in, with which role, for which teams."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setPanel({ kind: 'create' })}>
            New user
          </button>
        }
      />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className={panel ? 'list-layout list-layout-with-panel' : 'list-layout'}>
        <div className="list-main">
          <UserFilters query={query} onChange={update} />
          {users.isPending ? (
            <LoadingState label="Loading users…" />
          ) : users.isError ? (
            <ErrorState error={users.error} onRetry={() => void users.refetch()} retrying={users.isFetching} />
          ) : users.data.items.length === 0 ? (
            <EmptyState title={filtered ? 'No users match these filters.' : 'No users yet.'}>
              <p>
                {filtered
                  ? 'Clear the search or choose another role or status.'
                  : 'Add the first user with “New user”.'}
              </p>
            </EmptyState>
          ) : (
            <>
              <UsersTable
                users={users.data.items}
                teamName={teams.nameOf}
                selectedId={panel?.kind === 'edit' ? panel.user.id : undefined}
                onEdit={(user) => setPanel({ kind: 'edit', user })}
              />
              <Pagination
                page={users.data.page}
                pageSize={users.data.pageSize}
                total={users.data.total}
                busy={users.isPlaceholderData}
                onPageChange={(page) => update({ page })}
              />
            </>
          )}
        </div>
        {panel ? (
          <SidePanel
            title={panel.kind === 'create' ? 'New user' : `Edit ${panel.user.displayName}`}
            onClose={() => setPanel(null)}
          >
            {panel.kind === 'create' ? (
              <CreateUserForm teams={teams.teams} teamsLoading={teams.isPending} onDone={done} />
            ) : (
              <EditUserForm
                key={panel.user.id}
                user={panel.user}
                isSelf={panel.user.id === currentUser.id}
                teams={teams.teams}
                teamsLoading={teams.isPending}
                onDone={done}
              />
            )}
          </SidePanel>
        ) : null}
      </div>
    </div>
  );
}
