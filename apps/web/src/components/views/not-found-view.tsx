import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NotFoundView() {
  useDocumentTitle('Page not found');
  return (
    <div className="page">
      <section className="state-card" aria-labelledby="not-found-title">
        <h1 id="not-found-title">Page not found</h1>
        <p className="state-body">The address may be mistyped, or the page may have moved.</p>
        <p className="state-action">
          <Link to="/">Go to your start page</Link>
        </p>
      </section>
    </div>
  );
}
