import type { ImportDto } from '@recode/contracts';
import { formatCount } from '../../../lib/format';
import { importPhaseLabel, isImportActive, progressPercent, progressRowsLabel } from '../import-status';

/** The live bar of one import: share done, rows done of total, errors so far, phase. */
export function ImportProgress({ item }: { item: ImportDto }) {
  const percent = progressPercent(item);
  const rows = progressRowsLabel(item);
  return (
    <div className="import-progress">
      <div
        className="import-progress-track"
        role="progressbar"
        aria-label={`Import progress: ${rows}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% · ${rows}`}
      >
        <span className={`import-progress-fill import-progress-${item.status}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress-label" aria-live="polite">
        <span className="import-progress-percent">{percent}%</span> · {rows} · {formatCount(item.errorCount)}{' '}
        {item.errorCount === 1 ? 'error' : 'errors'}
        {isImportActive(item.status) ? ' so far' : ''} ·{' '}
        <span className="muted">
          {item.cancelRequested && item.status === 'running' ? 'Cancelling…' : importPhaseLabel(item.phase)}
        </span>
      </p>
    </div>
  );
}
