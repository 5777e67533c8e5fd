import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../../components';
import { useSession } from '../api/use-session';

export interface LoginLocationState {
  from?: string;
}

/** Renders its children only for a signed-in person; sends everyone else to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.data) {
    if (session.data.mustChangePassword && location.pathname !== '/change-password') {
      return <Navigate to="/change-password" replace />;
    }
    return children;
  }
  if (session.isPending) {
    return (
      <div className="full-page">
        <LoadingState label="Checking your session…" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="full-page">
        <ErrorState
          title="Could not check your session"
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </div>
    );
  }
  const state: LoginLocationState = { from: `${location.pathname}${location.search}` };
  return <Navigate to="/login" replace state={state} />;
}
