import { lazyNamed } from '../lib/lazy-named';

// Every page is its own chunk: a coder never downloads the admin screens.
export const LoginRoute = lazyNamed(() => import('../features/auth/routes/login-route'), 'LoginRoute');
export const ChangePasswordRoute = lazyNamed(
  () => import('../features/auth/routes/change-password-route'),
  'ChangePasswordRoute',
);
export const DashboardRoute = lazyNamed(() => import('../features/dashboard/routes/dashboard-route'), 'DashboardRoute');
export const CoderDrillDownRoute = lazyNamed(
  () => import('../features/dashboard/routes/coder-drill-down-route'),
  'CoderDrillDownRoute',
);
export const AuditsRoute = lazyNamed(() => import('../features/audits/routes/audits-route'), 'AuditsRoute');
export const AuditDetailRoute = lazyNamed(
  () => import('../features/audits/routes/audit-detail-route'),
  'AuditDetailRoute',
);
export const PlansRoute = lazyNamed(() => import('../features/audits/routes/plans-route'), 'PlansRoute');
export const SampleSizeRoute = lazyNamed(
  () => import('../features/audits/routes/sample-size-route'),
  'SampleSizeRoute',
);
export const NewPlanRoute = lazyNamed(() => import('../features/audits/routes/new-plan-route'), 'NewPlanRoute');
export const PlanDetailRoute = lazyNamed(
  () => import('../features/audits/routes/plan-detail-route'),
  'PlanDetailRoute',
);
export const ReviewRoute = lazyNamed(() => import('../features/review/routes/review-route'), 'ReviewRoute');
export const DisputesRoute = lazyNamed(() => import('../features/disputes/routes/disputes-route'), 'DisputesRoute');
export const WorklistRoute = lazyNamed(() => import('../features/worklist/routes/worklist-route'), 'WorklistRoute');
export const FeedbackRoute = lazyNamed(() => import('../features/feedback/routes/feedback-route'), 'FeedbackRoute');
export const ImportsRoute = lazyNamed(() => import('../features/imports/routes/imports-route'), 'ImportsRoute');
export const EncountersRoute = lazyNamed(
  () => import('../features/encounters/routes/encounters-route'),
  'EncountersRoute',
);
export const EncounterDetailRoute = lazyNamed(
  () => import('../features/encounters/routes/encounter-detail-route'),
  'EncounterDetailRoute',
);
export const CodersRoute = lazyNamed(() => import('../features/coders/routes/coders-route'), 'CodersRoute');
export const UsersRoute = lazyNamed(() => import('../features/users/routes/users-route'), 'UsersRoute');
export const TeamsRoute = lazyNamed(() => import('../features/teams/routes/teams-route'), 'TeamsRoute');
export const AuditLogRoute = lazyNamed(() => import('../features/audit-log/routes/audit-log-route'), 'AuditLogRoute');
export const CodeSetsRoute = lazyNamed(() => import('../features/code-sets/routes/code-sets-route'), 'CodeSetsRoute');
