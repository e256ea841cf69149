import { createBrowserRouter } from 'react-router';
import { RequireAccount, RequireSignedOut } from './auth/guards.js';
import { AppShell } from './components/app-shell.js';
import { LandingPage } from './pages/landing.js';
import { NotFoundPage } from './pages/not-found.js';
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
// Support between meetings (issue 5).
const partnersPage = () => import('./pages/partners/partners-page.js').then((m) => ({ Component: m.PartnersPage }));
const partnershipPage = () => import('./pages/partners/partnership-page.js').then((m) => ({ Component: m.PartnershipPage }));
const mentoringPage = () => import('./pages/partners/mentoring-page.js').then((m) => ({ Component: m.MentoringPage }));
const safetyPlanPage = () => import('./pages/safety/plan-page.js').then((m) => ({ Component: m.SafetyPlanPage }));
const sosPage = () => import('./pages/safety/sos-page.js').then((m) => ({ Component: m.SosPage }));
const notificationsPage = () => import('./pages/notifications/notifications-page.js').then((m) => ({ Component: m.NotificationsPage }));
const remindersPage = () => import('./pages/reminders/reminders-page.js').then((m) => ({ Component: m.RemindersPage }));
const outboxPage = () => import('./pages/admin/outbox-page.js').then((m) => ({ Component: m.OutboxPage }));
const peoplePage = () => import('./pages/sharing/people-page.js').then((m) => ({ Component: m.PeoplePage }));
const livePage = () => import('./pages/live/live-page.js').then((m) => ({ Component: m.LiveSessionPage }));
const liveSummaryPage = () => import('./pages/live/summary-page.js').then((m) => ({ Component: m.LiveSummaryPage }));
const liveRoomPage = () => import('./pages/live/room-page.js').then((m) => ({ Component: m.LiveRoomPage }));
const commitmentsPage = () => import('./pages/live/commitments-page.js').then((m) => ({ Component: m.CommitmentsPage }));
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
          { path: '/plan', lazy: safetyPlanPage },
          { path: '/sos/:id', lazy: sosPage },
          { path: '/partners', lazy: partnersPage },
          { path: '/partners/:id', lazy: partnershipPage },
          { path: '/mentoring', lazy: mentoringPage },
          { path: '/notifications', lazy: notificationsPage },
          { path: '/reminders', lazy: remindersPage },
          { path: '/admin/outbox', lazy: outboxPage },
          { path: '/people/:accountId', lazy: peoplePage },
          { path: '/live/:sessionId', lazy: livePage },
          { path: '/live/:sessionId/summary', lazy: liveSummaryPage },
          // The room's screen (a projector): the app's navigation stays out of the way.
          { path: '/live/:sessionId/room', lazy: liveRoomPage, handle: { bare: true } },
          { path: '/commitments', lazy: commitmentsPage },
          { path: '/settings', lazy: settingsPage },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
