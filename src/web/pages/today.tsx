import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../auth/account-context.js';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { HeartIcon, PlanIcon } from '../components/icons.js';
import { Page } from '../components/page.js';
import { partOfDay } from '../lib/greeting.js';
import { TodayPeople } from './partners/today-people.js';
import { TodayCheckin } from './today-checkin.js';
import { TodayCravings } from './today-cravings.js';
import { TodayGoals } from './today-goals.js';
import { TodayLive } from './today-live.js';
import { TodayMeetings } from './today-meetings.js';
import { TodaySignals } from './today-signals.js';

// The dialog carries the shared zod schema; it loads when first opened so Today stays light.
const CravingDialog = lazy(() => import('./checkin/craving-dialog.js').then((m) => ({ default: m.CravingDialog })));

export function TodayPage() {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const [now] = useState(() => new Date());
  const [loggingCraving, setLoggingCraving] = useState(false);
  const [cravingNotice, setCravingNotice] = useState<string | null>(null);
  if (!account) return null;
  const zone = account.timeZone;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: zone }).format(now);
  const logCraving = () => {
    setCravingNotice(null);
    setLoggingCraving(true);
  };
  return (
    <Page
      title={t('today.title')}
      heading={t(`today.greeting.${partOfDay(now, zone)}`, { name: account.displayName })}
      intro={date}
      className="today"
    >
      <div className="card-grid">
        <TodayLive />
        <TodayCheckin />
        <TodaySignals onLogCraving={logCraving} />
        <TodayGoals />
        <TodayCravings onLog={logCraving} notice={cravingNotice} />
        <TodayMeetings timeZone={zone} />
        <TodayPeople />
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
      {loggingCraving && (
        <Suspense fallback={null}>
          <CravingDialog
            timeZone={zone}
            onClose={() => setLoggingCraving(false)}
            onLogged={() => setCravingNotice(t('cravingLog.logged'))}
          />
        </Suspense>
      )}
    </Page>
  );
}
