import { createBrowserRouter } from 'react-router';
import { RequireAccount, RequireSignedOut } from './auth/guards.js';
import { AppShell } from './components/app-shell.js';
import { LandingPage } from './pages/landing.js';
import { NotFoundPage } from './pages/not-found.js';
import { PlanPage } from './pages/plan.js';
import { TodayPage } from './pages/today.js';
import { GroupsPage } from './pages/groups/groups-page.js';

// The form pages carry the shared zod schemas; loading them on demand keeps zod out of
// the first download of a signed-in member opening Today.
const loginPage = () => import('./pages/login.js').then((m) => ({ Component: m.LoginPage }));
const signupPage = () => import('./pages/signup.js').then((m) => ({ Component: m.SignupPage }));
const createGroupPage = () => import('./pages/groups/create-group.js').then((m) => ({ Component: m.CreateGroupPage }));
const groupPage = () => import('./pages/groups/group-page.js').then((m) => ({ Component: m.GroupPage }));
const joinPage = () => import('./pages/join-invitation.js').then((m) => ({ Component: m.JoinInvitationPage }));
const directoryPage = () => import('./pages/directory.js').then((m) => ({ Component: m.DirectoryPage }));
const checkinPage = () => import('./pages/checkin/checkin-page.js').then((m) => ({ Component: m.CheckinPage }));
const checkinHistoryPage = () => import('./pages/checkin/history-page.js').then((m) => ({ Component: m.CheckinHistoryPage }));
const cravingsPage = () => import('./pages/checkin/cravings-page.js').then((m) => ({ Component: m.CravingsPage }));
// Goals and Progress carry the chart library and the goal forms: loaded when opened.
const goalsPage = () => import('./pages/goals/goals-page.js').then((m) => ({ Component: m.GoalsPage }));
const newGoalPage = () => import('./pages/goals/new-goal.js').then((m) => ({ Component: m.NewGoalPage }));
const goalPage = () => import('./pages/goals/goal-page.js').then((m) => ({ Component: m.GoalPage }));
const progressPage = () => import('./pages/progress.js').then((m) => ({ Component: m.ProgressPage }));
const settingsPage = () => import('./pages/settings/settings.js').then((m) => ({ Component: m.SettingsPage }));

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <LandingPage /> },
      { path: '/directory', lazy: directoryPage },
      { path: '/join/:token', lazy: joinPage },
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
          { path: '/checkin', lazy: checkinPage },
          { path: '/checkin/history', lazy: checkinHistoryPage },
          { path: '/checkin/:date', lazy: checkinPage },
          { path: '/cravings', lazy: cravingsPage },
          { path: '/groups', element: <GroupsPage /> },
          { path: '/groups/new', lazy: createGroupPage },
          { path: '/groups/:id', lazy: groupPage },
          { path: '/progress', lazy: progressPage },
          { path: '/goals', lazy: goalsPage },
          { path: '/goals/new', lazy: newGoalPage },
          { path: '/goals/:id', lazy: goalPage },
          { path: '/plan', element: <PlanPage /> },
          { path: '/settings', lazy: settingsPage },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
