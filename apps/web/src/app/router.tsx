import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoadingState, NotFoundView, RouteErrorView } from '../components';
import { HomeRedirect, RequireAccess, RequireAuth } from '../features/auth';
import * as Pages from './routes';
import { AppShell } from './shell/app-shell';

const fullPageFallback = (
  <div className="full-page">
    <LoadingState label="Loading…" />
  </div>
);

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={fullPageFallback}>
        <Pages.LoginRoute />
      </Suspense>
    ),
    errorElement: <RouteErrorView />,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    errorElement: <RouteErrorView />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'change-password', element: <Pages.ChangePasswordRoute /> },
      {
        // Pages that belong to some roles only; the guard compares the path with NAVIGATION.
        element: <RequireAccess />,
        errorElement: <RouteErrorView />,
        children: [
          { path: 'dashboard', element: <Pages.DashboardRoute /> },
          { path: 'dashboard/coders/:coderId', element: <Pages.CoderDrillDownRoute /> },
          { path: 'audits', element: <Pages.AuditsRoute /> },
          { path: 'audits/plans', element: <Pages.PlansRoute /> },
          { path: 'audits/plans/new', element: <Pages.NewPlanRoute /> },
          { path: 'audits/sample-size', element: <Pages.SampleSizeRoute /> },
          { path: 'audits/plans/:planId', element: <Pages.PlanDetailRoute /> },
          { path: 'audits/:auditId', element: <Pages.AuditDetailRoute /> },
          { path: 'audits/:auditId/items/:itemId', element: <Pages.ReviewRoute /> },
          { path: 'disputes', element: <Pages.DisputesRoute /> },
          { path: 'worklist', element: <Pages.WorklistRoute /> },
          { path: 'feedback', element: <Pages.FeedbackRoute /> },
          { path: 'coders', element: <Pages.CodersRoute /> },
          { path: 'imports', element: <Pages.ImportsRoute /> },
          { path: 'encounters', element: <Pages.EncountersRoute /> },
          { path: 'encounters/:encounterId', element: <Pages.EncounterDetailRoute /> },
          { path: 'admin/users', element: <Pages.UsersRoute /> },
          { path: 'admin/teams', element: <Pages.TeamsRoute /> },
          { path: 'admin/audit-log', element: <Pages.AuditLogRoute /> },
          { path: 'admin/code-sets', element: <Pages.CodeSetsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundView /> },
    ],
  },
]);
