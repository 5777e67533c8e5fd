import { formatCount } from '../../../lib/format';

interface CursorPagerProps {
  /** 1-based number of the page shown; null when not known (a bookmarked page past the first). */
  pageNumber: number | null;
  atFirst: boolean;
  shown: number;
  total: number;
  totalIsCapped: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** Keyset paging goes forward by cursor; back is the trail of cursors already visited. */
export function CursorPager({
  pageNumber,
  atFirst,
  shown,
  total,
  totalIsCapped,
  hasPrevious,
  hasNext,
  busy,
  onFirst,
  onPrevious,
  onNext,
}: CursorPagerProps) {
  const totalLabel = totalIsCapped ? `more than ${formatCount(total)}` : formatCount(total);
  return (
    <nav className="pagination" aria-label="Pages">
      <span className="pagination-range" aria-live="polite">
        {shown === 0
          ? 'No results'
          : `${pageNumber === null ? '' : `Page ${pageNumber} · `}${formatCount(shown)} shown of ${totalLabel}`}
        {busy ? ' · updating…' : ''}
      </span>
      <span className="pagination-buttons">
        <button type="button" className="btn btn-small" onClick={onFirst} disabled={atFirst}>
          First
        </button>
        <button type="button" className="btn btn-small" onClick={onPrevious} disabled={!hasPrevious}>
          Previous
        </button>
        <button type="button" className="btn btn-small" onClick={onNext} disabled={!hasNext}>
          Next
        </button>
      </span>
    </nav>
  );
}
