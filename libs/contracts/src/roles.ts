export const ROLES = ['admin', 'supervisor', 'auditor', 'coder'] as const;
export type Role = (typeof ROLES)[number];

/** Navigation per role, shared so the web shell and its browser test agree. */
export const NAVIGATION: Record<Role, readonly { label: string; path: string }[]> = {
  supervisor: [
    { label: 'Dashboard', path: '/dashboard' },
    { label: 'Audits', path: '/audits' },
    { label: 'Disputes', path: '/disputes' },
    { label: 'Coders', path: '/coders' },
    { label: 'Encounters', path: '/encounters' },
  ],
  auditor: [
    { label: 'Worklist', path: '/worklist' },
    { label: 'Audits', path: '/audits' },
    { label: 'Encounters', path: '/encounters' },
  ],
  coder: [{ label: 'My feedback', path: '/feedback' }],
  admin: [
    { label: 'Dashboard', path: '/dashboard' },
    { label: 'Audits', path: '/audits' },
    { label: 'Disputes', path: '/disputes' },
    { label: 'Coders', path: '/coders' },
    { label: 'Users', path: '/admin/users' },
    { label: 'Teams', path: '/admin/teams' },
    { label: 'Imports', path: '/imports' },
    { label: 'Encounters', path: '/encounters' },
    { label: 'Audit log', path: '/admin/audit-log' },
    { label: 'Code sets', path: '/admin/code-sets' },
  ],
};
