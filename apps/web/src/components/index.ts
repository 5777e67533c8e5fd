// Shared UI, with no knowledge of any feature. Features import it from here.
export { CheckboxGroup } from './ui/checkbox-group';
export { DownloadCsvLink, exportHref } from './ui/download-csv-link';
export { EmptyState } from './ui/empty-state';
export { ErrorState } from './ui/error-state';
export { FormAlert } from './ui/form-alert';
export { CheckboxField, SelectField, TextField, type SelectOption } from './ui/form-fields';
export { LoadingState } from './ui/loading-state';
export { PageHeader } from './ui/page-header';
export { Pagination } from './ui/pagination';
export { SidePanel } from './ui/side-panel';
export { StatFigure } from './ui/stat-figure';
export { StatusBadge } from './ui/status-badge';
export { NoAccessView } from './views/no-access-view';
export { NotFoundView } from './views/not-found-view';
export { RouteErrorView } from './views/route-error-view';
