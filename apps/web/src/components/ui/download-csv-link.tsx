/** The keys of a list query that page or cursor through it: an export holds every matching row, so they are left out. */
const PAGING_KEYS = new Set(['cursor', 'limit', 'page', 'pageSize']);

/**
 * `/api/exports/<list>.csv?…` with the filters on screen (the list endpoint's own query parameters);
 * empty values and paging keys are dropped.
 */
export function exportHref(
  list: 'encounters' | 'disputes' | 'rulings' | 'dashboard' | 'audit-log',
  query: object,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || PAGING_KEYS.has(key)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/exports/${list}.csv${search ? `?${search}` : ''}`;
}

/** A plain link: the API answers with an attachment, so the browser downloads it with the session cookie, streamed. */
export function DownloadCsvLink({
  href,
  label = 'Download CSV',
  small = false,
}: {
  href: string;
  label?: string;
  small?: boolean;
}) {
  return (
    <a className={small ? 'btn btn-small' : 'btn'} href={href} download>
      {label}
    </a>
  );
}
