import type { SessionUser } from '@recode/contracts';
import { useSession } from '../api/use-session';

/** The signed-in person, for pages rendered behind RequireAuth (which guarantees there is one). */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser() was used outside RequireAuth');
  return data;
}
