import { type EncounterDetailDto, SETTING_LABELS } from '@recode/contracts';
import { formatDate, formatDateTime } from '../../../lib/format';
import { encounterDates, formatCharges, formatDrg } from '../encounter-format';

/** The header fields of one version of an encounter. */
export function EncounterFacts({ detail }: { detail: EncounterDetailDto }) {
  const v = detail.version;
  const dates = encounterDates(v);
  return (
    <dl className="facts encounter-facts" aria-label="Encounter">
      <dt>Source / external ID</dt>
      <dd className="mono">
        {detail.source} / {detail.externalId}
      </dd>
      <dt>Facility</dt>
      <dd>{v.facility ?? '—'}</dd>
      <dt>Setting</dt>
      <dd>{SETTING_LABELS[v.setting]}</dd>
      <dt>{dates.label}</dt>
      <dd>
        {formatDate(dates.from)}
        {dates.to !== null || dates.label === 'Stay' ? ` – ${formatDate(dates.to)}` : ''}{' '}
        <span className="muted">(FY{v.fiscalYear} code sets)</span>
      </dd>
      <dt>Payer</dt>
      <dd>{v.payer ?? '—'}</dd>
      <dt>Coder</dt>
      <dd>
        {v.coder.displayName} <span className="mono muted">{v.coder.externalId}</span>
      </dd>
      <dt>DRG</dt>
      <dd>{formatDrg(v.drg, v.drgTitle, v.drgWeight)}</dd>
      <dt>Total charges</dt>
      <dd>{formatCharges(v.totalCharges)}</dd>
      <dt>Version</dt>
      <dd>
        {v.version} of {detail.versions.length}
        {v.isCurrent ? ' (current)' : ' (earlier version)'} · imported {formatDateTime(v.createdAt)}
      </dd>
    </dl>
  );
}
