import { useLocation } from 'react-router';

/** A one-line message the previous screen passed along with navigate(path, { state: { notice } }). */
export function useRouteNotice(): string | null {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string')
    return state.notice;
  return null;
}
