import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** The last line of defence: a page that threw, or a page whose code could not be downloaded. */
export function RouteErrorView() {
  useDocumentTitle('Something went wrong');
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;
  return (
    <div className="page">
      <section className="state-card state-error" role="alert">
        <h1>This page could not be shown</h1>
        <p className="state-body">
          Reloading usually helps, for example after Recode was updated. If it keeps happening, tell your administrator
          {detail ? ` and mention “${detail}”` : ''}.
        </p>
        <p className="state-action">
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </section>
    </div>
  );
}
