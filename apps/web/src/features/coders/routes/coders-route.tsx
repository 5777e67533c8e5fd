import type { CoderDto } from '@recode/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader, Pagination, SidePanel } from '../../../components';
import { useCurrentUser } from '../../auth';
import { useTeamNames } from '../../teams';
import { useCoders } from '../api/use-coders';
import { CoderFilters } from '../components/coder-filters';
import { CoderForm } from '../components/coder-form';
import { CodersTable } from '../components/coders-table';
import { parseCoderListQuery } from '../coders-search-params';
import { useParamPatch } from '../../../hooks/use-param-patch';

type Panel = { kind: 'create' } | { kind: 'edit'; coder: CoderDto } | null;

export function CodersRoute() {
  const user = useCurrentUser();
  const canEdit = user.role === 'admin';
  const [params, setParams] = useSearchParams();
  const query = parseCoderListQuery(params);
  const coders = useCoders(query);
  const teams = useTeamNames();
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const update = useParamPatch(params, setParams);
  const filtered = Boolean(query.q || query.teamId);

  const done = (message: string) => {
    setPanel(null);
    setNotice(message);
  };

  return (
    <div className="page">
      <PageHeader
        title="Coders"
        description="The people whose coding is audited, as they appear in your source systems."
        actions={
          canEdit ? (
            <button type="button" className="btn btn-primary" onClick={() => setPanel({ kind: 'create' })}>
              New coder
            </button>
          ) : null
        }
      />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className={panel ? 'list-layout list-layout-with-panel' : 'list-layout'}>
        <div className="list-main">
          <CoderFilters query={query} teams={teams.teams} onChange={update} />
          {coders.isPending ? (
            <LoadingState label="Loading coders…" />
          ) : coders.isError ? (
            <ErrorState error={coders.error} onRetry={() => void coders.refetch()} retrying={coders.isFetching} />
          ) : coders.data.items.length === 0 ? (
            <EmptyState title={filtered ? 'No coders match these filters.' : 'No coders yet.'}>
              <p>
                {filtered
                  ? 'Clear the search or choose another team.'
                  : canEdit
                    ? 'Add coders here, or load them with an import of coder files.'
                    : 'Coders appear here once an administrator adds or imports them.'}
              </p>
            </EmptyState>
          ) : (
            <>
              <CodersTable
                coders={coders.data.items}
                teamName={teams.nameOf}
                selectedId={panel?.kind === 'edit' ? panel.coder.id : undefined}
                onEdit={canEdit ? (coder) => setPanel({ kind: 'edit', coder }) : undefined}
              />
              <Pagination
                page={coders.data.page}
                pageSize={coders.data.pageSize}
                total={coders.data.total}
                busy={coders.isPlaceholderData}
                onPageChange={(page) => update({ page })}
              />
            </>
          )}
        </div>
        {panel ? (
          <SidePanel
            title={panel.kind === 'create' ? 'New coder' : `Edit ${panel.coder.displayName}`}
            onClose={() => setPanel(null)}
          >
            <CoderForm
              key={panel.kind === 'edit' ? panel.coder.id : 'new'}
              coder={panel.kind === 'edit' ? panel.coder : undefined}
              teams={teams.teams}
              onDone={done}
            />
          </SidePanel>
        ) : null}
      </div>
    </div>
  );
}
