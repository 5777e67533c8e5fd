import { pageCount, pageRangeLabel } from '../../lib/paging';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  busy?: boolean;
}

export function Pagination({ page, pageSize, total, onPageChange, busy = false }: PaginationProps) {
  const pages = pageCount(total, pageSize);
  return (
    <nav className="pagination" aria-label="Pages">
      <span className="pagination-range" aria-live="polite">
        {pageRangeLabel(page, pageSize, total)}
        {busy ? ' · updating…' : ''}
      </span>
      <span className="pagination-buttons">
        <button type="button" className="btn btn-small" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
          Previous
        </button>
        <span className="pagination-page">
          Page {Math.min(page, pages)} of {pages}
        </span>
        <button type="button" className="btn btn-small" onClick={() => onPageChange(page + 1)} disabled={page >= pages}>
          Next
        </button>
      </span>
    </nav>
  );
}
