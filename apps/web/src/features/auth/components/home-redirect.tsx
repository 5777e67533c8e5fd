import { Navigate } from 'react-router';
import { homePathFor } from '../../../lib/access';
import { useCurrentUser } from '../hooks/use-current-user';

export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={homePathFor(user.role)} replace />;
}
