import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../auth/account-context.js';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { HeartIcon, PlanIcon, SunIcon } from '../components/icons.js';
import { Page } from '../components/page.js';
import { partOfDay } from '../lib/greeting.js';
import { TodayMeetings } from './today-meetings.js';

export function TodayPage() {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const [now] = useState(() => new Date());
  if (!account) return null;
  const zone = account.timeZone;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: zone }).format(now);
  return (
    <Page
      title={t('today.title')}
      heading={t(`today.greeting.${partOfDay(now, zone)}`, { name: account.displayName })}
      intro={date}
      className="today"
    >
      <div className="card-grid">
        <EmptyStateCard Icon={SunIcon} title={t('today.checkin.title')}>
          <p>{t('today.checkin.body')}</p>
        </EmptyStateCard>
        <TodayMeetings timeZone={zone} />
        <EmptyStateCard
          Icon={PlanIcon}
          title={t('today.plan.title')}
          footer={
            <Link to="/plan" className="text-link">
              {t('today.plan.link')}
            </Link>
          }
        >
          <p>{t('today.plan.body')}</p>
        </EmptyStateCard>
        <EmptyStateCard Icon={HeartIcon} title={t('today.kindness.title')}>
          <p>{t('today.kindness.body')}</p>
        </EmptyStateCard>
      </div>
    </Page>
  );
}
