import { NAVIGATION, type Role } from '@recode/contracts';

/** Pages every signed-in person may open, whatever their role. */
export const ALWAYS_ALLOWED_PATHS: readonly string[] = ['/change-password'];

/** Where a role lands after signing in: the first entry of its navigation. */
export function homePathFor(role: Role): string {
  return NAVIGATION[role][0]?.path ?? '/change-password';
}

function isWithin(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

/** Whether the role's navigation covers this page (the API enforces the same rule on the data). */
export function canAccess(role: Role, pathname: string): boolean {
  const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (ALWAYS_ALLOWED_PATHS.some((path) => isWithin(normalized, path))) return true;
  return NAVIGATION[role].some((entry) => isWithin(normalized, entry.path));
}

/** After sign-in, go back where the person was headed if that page is theirs, else home. */
export function landingPathFor(role: Role, requested: string | null | undefined): string {
  if (requested && requested.startsWith('/') && !requested.startsWith('//') && requested !== '/login') {
    const pathname = requested.split(/[?#]/)[0] ?? requested;
    if (pathname !== '/' && canAccess(role, pathname)) return requested;
  }
  return homePathFor(role);
}
