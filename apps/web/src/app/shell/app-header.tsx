import type { SessionUser } from '@recode/contracts';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../../features/auth';
import { NotificationBell } from '../../features/notifications';
import { homePathFor } from '../../lib/access';
import { formatRole } from '../../lib/format';

export function AppHeader({ user }: { user: SessionUser }) {
  const logout = useLogout();
  const navigate = useNavigate();

  const signOut = () => {
    logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };

  return (
    <header className="app-header">
      <Link to={homePathFor(user.role)} className="app-brand">
        Recode
      </Link>
      <div className="app-user">
        <NotificationBell />
        <span className="app-user-name">{user.displayName}</span>
        <span className="app-user-role">{formatRole(user.role)}</span>
        <Link to="/change-password" className="app-header-link">
          Change password
        </Link>
        <button type="button" className="btn btn-small btn-on-dark" onClick={signOut} disabled={logout.isPending}>
          {logout.isPending ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </header>
  );
}
