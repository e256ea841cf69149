import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SettingsSection } from './section.js';

/** For the instance admin only: where the mail outbox is. */
export function AdminSection() {
  const { t } = useTranslation();
  return (
    <SettingsSection title={t('outbox.settingsTitle')} intro={t('outbox.settingsIntro')}>
      <Link className="text-link" to="/admin/outbox">
        {t('outbox.open')}
      </Link>
    </SettingsSection>
  );
}
