import { createBrowserRouter } from 'react-router';
import { RequireAccount, RequireSignedOut } from './auth/guards.js';
import { AppShell } from './components/app-shell.js';
import { GroupsPage } from './pages/groups.js';
import { LandingPage } from './pages/landing.js';
import { LoginPage } from './pages/login.js';
import { NotFoundPage } from './pages/not-found.js';
import { PlanPage } from './pages/plan.js';
import { ProgressPage } from './pages/progress.js';
import { SettingsPage } from './pages/settings/settings.js';
import { SignupPage } from './pages/signup.js';
import { TodayPage } from './pages/today.js';

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <LandingPage /> },
      {
        element: <RequireSignedOut />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/signup', element: <SignupPage /> },
        ],
      },
      {
        element: <RequireAccount />,
        children: [
          { path: '/today', element: <TodayPage /> },
          { path: '/groups', element: <GroupsPage /> },
          { path: '/progress', element: <ProgressPage /> },
          { path: '/plan', element: <PlanPage /> },
          { path: '/settings', element: <SettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
