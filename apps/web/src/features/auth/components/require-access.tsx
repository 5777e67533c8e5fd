import { Outlet, useLocation } from 'react-router';
import { NoAccessView } from '../../../components';
import { canAccess, homePathFor } from '../../../lib/access';
import { formatRole } from '../../../lib/format';
import { useCurrentUser } from '../hooks/use-current-user';

/** Pages outside the role's navigation say so plainly; the API refuses their data regardless. */
export function RequireAccess() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  if (canAccess(user.role, pathname)) return <Outlet />;
  return <NoAccessView roleLabel={formatRole(user.role)} homePath={homePathFor(user.role)} />;
}
