import { z } from 'zod';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ErrorState, LoadingState, PageHeader, StatusBadge } from '../../../components';
import { readText } from '../../../lib/search-params';
import { useEncounter } from '../api/use-encounter';
import { EncounterCodesTable } from '../components/encounter-codes-table';
import { EncounterFacts } from '../components/encounter-facts';
import { EncounterFlags } from '../components/encounter-flags';
import { VersionSwitcher } from '../components/version-switcher';

function backSearchOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'backSearch' in state && typeof state.backSearch === 'string')
    return state.backSearch;
  return '';
}

export function EncounterDetailRoute() {
  const { encounterId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const versionId = z.uuid().safeParse(readText(params, 'version')).data;
  const encounter = useEncounter(encounterId, versionId);
  const backSearch = backSearchOf(location.state);
  const back = (
    <Link className="btn" to={`/encounters${backSearch ? `?${backSearch}` : ''}`}>
      All encounters
    </Link>
  );

  if (encounter.isPending) return <LoadingState label="Loading encounter…" />;
  if (encounter.isError) {
    return (
      <div className="page">
        <PageHeader title="Encounter" actions={back} />
        <ErrorState
          title="Could not load this encounter"
          error={encounter.error}
          onRetry={() => void encounter.refetch()}
          retrying={encounter.isFetching}
        />
      </div>
    );
  }
  const detail = encounter.data;
  const select = (id: string) =>
    setParams(id === detail.currentVersionId ? {} : { version: id }, { replace: true, state: location.state });

  return (
    <div className="page">
      <PageHeader title={`Encounter ${detail.externalId}`} description={`From ${detail.source}`} actions={back} />
      <div className="section-header">
        <div>
          {detail.version.flagged ? (
            <StatusBadge tone="warning">Flagged for pre-audit check</StatusBadge>
          ) : (
            <StatusBadge tone="positive">No pre-audit flags</StatusBadge>
          )}
          {encounter.isPlaceholderData ? <span className="muted"> Loading version…</span> : null}
        </div>
        <VersionSwitcher detail={detail} onSelect={select} />
      </div>
      <EncounterFacts detail={detail} />
      <EncounterFlags detail={detail} />
      <section aria-labelledby="encounter-codes-title">
        <h2 id="encounter-codes-title">Codes</h2>
        <EncounterCodesTable codes={detail.codes} fiscalYear={detail.version.fiscalYear} />
      </section>
    </div>
  );
}
