import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SettingsSection } from '../settings/section.js';

/** In settings: where reminders live. */
export function RemindersSettingsSection() {
  const { t } = useTranslation();
  return (
    <SettingsSection title={t('reminders.settings.title')} intro={t('reminders.settings.intro')}>
      <Link to="/reminders" className="button button--secondary">
        {t('reminders.settings.link')}
      </Link>
    </SettingsSection>
  );
}
