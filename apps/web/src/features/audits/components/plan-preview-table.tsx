import type { PlanPreviewDto } from '@recode/contracts';
import { formatCount, formatDate } from '../../../lib/format';

/** Frame and expected sample per coder, before anything is drawn. */
export function PlanPreviewTable({ preview }: { preview: PlanPreviewDto }) {
  return (
    <section className="card form" aria-label="Plan preview">
      <h2>Preview</h2>
      <dl className="facts facts-compact">
        <dt>Period</dt>
        <dd>
          {preview.period.from || preview.period.to
            ? `${formatDate(preview.period.from)} – ${formatDate(preview.period.to)}`
            : 'All dates'}
        </dd>
        <dt>In scope</dt>
        <dd>{formatCount(preview.scopeSize)} encounters</dd>
        <dt>Recently audited (left out)</dt>
        <dd>
          {formatCount(preview.excludedCount)} (window {preview.exclusionWindowDays} days)
        </dd>
        <dt>Not matching the rules</dt>
        <dd>{formatCount(preview.filteredOutCount)}</dd>
        <dt>Frame</dt>
        <dd className="cell-strong">{formatCount(preview.frameSize)} encounters</dd>
        <dt>Sample</dt>
        <dd className="cell-strong">
          {formatCount(preview.sampleSize)} records + {formatCount(preview.spareCount)} spares
        </dd>
      </dl>
      {preview.perCoder.length === 0 ? (
        <p className="muted">No coder has encounters in this frame.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Expected sample per coder</caption>
            <thead>
              <tr>
                <th scope="col">Coder</th>
                <th scope="col" className="num">
                  Frame
                </th>
                <th scope="col" className="num">
                  Expected sample
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.perCoder.map((coder) => (
                <tr key={coder.coderId}>
                  <td>
                    <span className="mono">{coder.externalId}</span> {coder.displayName}
                  </td>
                  <td className="num">{formatCount(coder.frameSize)}</td>
                  <td className="num">
                    {coder.exact ? formatCount(coder.expectedSampleSize) : `≈ ${coder.expectedSampleSize.toFixed(1)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
