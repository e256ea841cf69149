import { createBrowserRouter } from 'react-router';
import { RequireAccount, RequireSignedOut } from './auth/guards.js';
import { AppShell } from './components/app-shell.js';
import { GroupsPage } from './pages/groups.js';
import { LandingPage } from './pages/landing.js';
import { NotFoundPage } from './pages/not-found.js';
import { PlanPage } from './pages/plan.js';
import { ProgressPage } from './pages/progress.js';
import { TodayPage } from './pages/today.js';

// The form pages carry the shared zod schemas; loading them on demand keeps zod out of
// the first download of a signed-in member opening Today.
const loginPage = () => import('./pages/login.js').then((m) => ({ Component: m.LoginPage }));
const signupPage = () => import('./pages/signup.js').then((m) => ({ Component: m.SignupPage }));
const settingsPage = () => import('./pages/settings/settings.js').then((m) => ({ Component: m.SettingsPage }));

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <LandingPage /> },
      {
        element: <RequireSignedOut />,
        children: [
          { path: '/login', lazy: loginPage },
          { path: '/signup', lazy: signupPage },
        ],
      },
      {
        element: <RequireAccount />,
        children: [
          { path: '/today', element: <TodayPage /> },
          { path: '/groups', element: <GroupsPage /> },
          { path: '/progress', element: <ProgressPage /> },
          { path: '/plan', element: <PlanPage /> },
          { path: '/settings', lazy: settingsPage },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
