import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../../../components';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { landingPathFor } from '../../../lib/access';
import { useSession } from '../api/use-session';
import { LoginForm } from '../components/login-form';
import type { LoginLocationState } from '../components/require-auth';

export function LoginRoute() {
  useDocumentTitle('Sign in');
  const session = useSession();
  const location = useLocation();
  const state = location.state as LoginLocationState | null;

  const user = session.data;
  if (user) {
    const target = user.mustChangePassword ? '/change-password' : landingPathFor(user.role, state?.from);
    return <Navigate to={target} replace />;
  }

  return (
    <div className="login-page">
      <main className="login-card">
        <p className="login-brand" aria-hidden="true">
          Recode
        </p>
        <h1>Sign in to Recode</h1>
        <p className="login-lede">Coding audits, findings and disputes for your team.</p>
        {session.isPending ? <LoadingState label="Checking your session…" /> : <LoginForm />}
        <p className="login-help">Forgotten your password? Your Recode administrator can reset it.</p>
      </main>
    </div>
  );
}
