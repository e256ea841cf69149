import './i18n/index.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/dialogs.css';
import './styles/forms.css';
import './styles/pages.css';
import './styles/groups.css';
import './styles/group-page.css';
import './styles/meetings.css';
import './styles/goals.css';
import './styles/charts.css';
import './styles/checkin.css';
import './styles/notifications.css';
import './styles/partners.css';
import './styles/sharing.css';
import './styles/reminders.css';
import './styles/safety.css';
import './styles/live.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AccountProvider } from './auth/account-context.js';
import { LiveProvider } from './live/live-context.js';
import { router } from './routes.js';
import { registerServiceWorker } from './pwa/service-worker.js';

registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AccountProvider>
      <LiveProvider>
        <RouterProvider router={router} />
      </LiveProvider>
    </AccountProvider>
  </StrictMode>,
);
