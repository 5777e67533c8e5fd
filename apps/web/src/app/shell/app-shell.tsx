import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingState } from '../../components';
import { useCurrentUser } from '../../features/auth';
import { AppHeader } from './app-header';
import { MainNav } from './main-nav';

export function AppShell() {
  const user = useCurrentUser();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader user={user} />
      <div className="app-body">
        <MainNav role={user.role} />
        <main id="main" className="app-main" tabIndex={-1}>
          <Suspense fallback={<LoadingState label="Loading page…" />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
