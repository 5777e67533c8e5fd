import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';

interface NoAccessViewProps {
  roleLabel: string;
  homePath: string;
}

export function NoAccessView({ roleLabel, homePath }: NoAccessViewProps) {
  useDocumentTitle('No access');
  return (
    <div className="page">
      <section className="state-card state-blocked" aria-labelledby="no-access-title">
        <h1 id="no-access-title">You do not have access to this page</h1>
        <p className="state-body">
          Your role ({roleLabel}) does not include this page. If your work needs it, ask your Recode administrator.
        </p>
        <p className="state-action">
          <Link to={homePath}>Go to your start page</Link>
        </p>
      </section>
    </div>
  );
}
