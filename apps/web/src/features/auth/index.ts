// The auth feature's public surface; other features and the app shell import only from here.
export { replaceSession, sessionQueryKey, useSession } from './api/use-session';
export { useLogout } from './api/use-logout';
export { useCurrentUser } from './hooks/use-current-user';
export { RequireAuth } from './components/require-auth';
export { RequireAccess } from './components/require-access';
export { HomeRedirect } from './components/home-redirect';
