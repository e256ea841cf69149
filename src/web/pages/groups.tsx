import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { CalendarIcon, PeopleIcon } from '../components/icons.js';
import { Page } from '../components/page.js';

export function GroupsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('groups.title')} intro={t('groups.intro')}>
      <div className="card-grid">
        <EmptyStateCard Icon={PeopleIcon} title={t('groups.mine.title')}>
          <p>{t('groups.mine.body')}</p>
        </EmptyStateCard>
        <EmptyStateCard Icon={CalendarIcon} title={t('groups.meetings.title')}>
          <p>{t('groups.meetings.body')}</p>
        </EmptyStateCard>
      </div>
      <section className="card card--soft">
        <h2 className="card__title">{t('groups.values.title')}</h2>
        <ul className="check-list">
          <li>{t('groups.values.consent')}</li>
          <li>{t('groups.values.pass')}</li>
          <li>{t('groups.values.privacy')}</li>
        </ul>
      </section>
    </Page>
  );
}
