import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DownloadCsvLink, EmptyState, ErrorState, LoadingState, PageHeader, exportHref } from '../../../components';
import { useEncounterCoders } from '../api/use-encounter-coders';
import { useEncounters } from '../api/use-encounters';
import { CursorPager } from '../components/cursor-pager';
import { EncounterFilters } from '../components/encounter-filters';
import { EncountersTable } from '../components/encounters-table';
import {
  hasEncounterFilters,
  nextSort,
  orderingKey,
  parseEncounterListQuery,
  withEncounterParams,
} from '../encounters-search-params';
import { useParamPatch } from '../../../hooks/use-param-patch';

/** Cursors of the pages before the current one, for "Previous"; only valid for one ordering. */
interface Trail {
  key: string;
  cursors: (string | null)[];
}

export function EncountersRoute() {
  const [params, setParams] = useSearchParams();
  const query = parseEncounterListQuery(params);
  const encounters = useEncounters(query);
  const coders = useEncounterCoders();
  const key = orderingKey(params);
  const [trailState, setTrail] = useState<Trail>({ key, cursors: [] });
  const trail = trailState.key === key ? trailState.cursors : [];

  const update = useParamPatch(params, setParams, withEncounterParams);
  const clear = useCallback(
    () => setParams(new URLSearchParams(params.get('sort') ? { sort: params.get('sort') ?? '' } : {})),
    [params, setParams],
  );
  const goTo = (cursor: string | null, cursors: (string | null)[]) => {
    setTrail({ key, cursors });
    update({ cursor });
  };
  const filtered = hasEncounterFilters(query);

  return (
    <div className="page">
      <PageHeader
        title="Encounters"
        description="Coded encounters as imported, newest first. Flagged ones failed a pre-audit check on import."
        actions={<DownloadCsvLink href={exportHref('encounters', query)} />}
      />
      <EncounterFilters query={query} coders={coders.data?.items} onChange={update} onClear={clear} />
      {encounters.isPending ? (
        <LoadingState label="Loading encounters…" />
      ) : encounters.isError ? (
        <ErrorState
          error={encounters.error}
          onRetry={() => void encounters.refetch()}
          retrying={encounters.isFetching}
        />
      ) : encounters.data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No encounters match these filters.' : 'No encounters yet.'}>
          <p>
            {filtered
              ? 'Widen the dates or clear a filter.'
              : 'Encounters appear here once an administrator imports them.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <EncountersTable
            encounters={encounters.data.items}
            sort={query.sort}
            onSort={(column) => update({ sort: nextSort(query.sort, column) })}
            backSearch={params.toString()}
          />
          <CursorPager
            pageNumber={query.cursor && trail.length === 0 ? null : trail.length + 1}
            atFirst={!query.cursor}
            shown={encounters.data.items.length}
            total={encounters.data.total}
            totalIsCapped={encounters.data.totalIsCapped}
            hasPrevious={trail.length > 0}
            hasNext={encounters.data.nextCursor !== null}
            busy={encounters.isPlaceholderData}
            onFirst={() => goTo(null, [])}
            onPrevious={() => goTo(trail[trail.length - 1] ?? null, trail.slice(0, -1))}
            onNext={() => goTo(encounters.data.nextCursor, [...trail, query.cursor ?? null])}
          />
        </>
      )}
    </div>
  );
}
