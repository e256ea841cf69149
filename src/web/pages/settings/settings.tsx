import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../auth/account-context.js';
import { CalendarFeedSection } from '../../components/calendar-feed-section.js';
import { Page } from '../../components/page.js';
import { RemindersSettingsSection } from '../reminders/reminders-settings-section.js';
import { SharingSection } from '../sharing/sharing-section.js';
import { AdminSection } from './admin-section.js';
import { DangerZone } from './danger-zone.js';
import { LogoutSection } from './logout-section.js';
import { NotificationsSection } from './notifications-section.js';
import { PasswordForm } from './password-form.js';
import { PrivacySection } from './privacy-section.js';
import { ProfileForm } from './profile-form.js';
import { SessionsList } from './sessions-list.js';

export function SettingsPage() {
  const { t } = useTranslation();
  const { account } = useAccount();
  // Changing the password ends the other sessions, so the list is fetched again.
  const [sessionsVersion, setSessionsVersion] = useState(0);
  if (!account) return null;
  return (
    <Page title={t('settings.title')} intro={t('settings.intro', { username: account.username })} className="settings">
      <ProfileForm account={account} />
      <PasswordForm onChanged={() => setSessionsVersion((n) => n + 1)} />
      <NotificationsSection />
      <CalendarFeedSection />
      <SharingSection />
      <PrivacySection />
      <RemindersSettingsSection />
      <SessionsList key={sessionsVersion} />
      {account.role === 'admin' && <AdminSection />}
      <LogoutSection />
      <DangerZone />
    </Page>
  );
}
