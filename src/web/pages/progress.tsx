import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { GrowthIcon, HeartIcon } from '../components/icons.js';
import { Page } from '../components/page.js';
import { AttendedMeetings } from './progress-attendance.js';

export function ProgressPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('progress.title')} intro={t('progress.intro')}>
      <div className="card-grid">
        <EmptyStateCard Icon={GrowthIcon} title={t('progress.goals.title')}>
          <p>{t('progress.goals.body')}</p>
        </EmptyStateCard>
        <EmptyStateCard Icon={HeartIcon} title={t('progress.lapse.title')}>
          <p>{t('progress.lapse.body')}</p>
        </EmptyStateCard>
      </div>
      <AttendedMeetings />
    </Page>
  );
}
