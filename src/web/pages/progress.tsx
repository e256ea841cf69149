import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../shared/recovery/local-date.js';
import { listCheckins } from '../api/checkins.js';
import { listCravings } from '../api/cravings.js';
import { listGoals } from '../api/goals.js';
import { useAccount } from '../auth/account-context.js';
import { RangeToggle, type Range } from '../components/charts/range-toggle.js';
import { LoadState } from '../components/load-state.js';
import { Page } from '../components/page.js';
import { useLoad } from '../lib/use-load.js';
import { todayIn } from './goals/format.js';
import { CommitmentsLink } from './live/commitments-link.js';
import { AttendedMeetings } from './progress-attendance.js';
import { GoalCalendar } from './progress-calendar.js';
import { CravingCharts } from './progress-cravings.js';
import { ProgressGoals } from './progress-goals.js';
import { WellbeingCharts } from './progress-wellbeing.js';

/** Everything the charts read for one range, fetched together. */
async function loadProgress(today: string, range: Range) {
  const from = addDays(today, -(range - 1));
  const [checkins, cravings, goals] = await Promise.all([
    listCheckins(from, today),
    listCravings(new Date(Date.now() - range * 86_400_000), new Date()),
    listGoals(),
  ]);
  return { from, checkins, cravings, goals };
}

export function ProgressPage() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const [range, setRange] = useState<Range>(30);
  const today = todayIn(account?.timeZone ?? 'UTC');
  const data = useLoad(() => loadProgress(today, range), `${today}:${range}`);
  return (
    <Page title={t('progress.title')} intro={t('progress.intro')} className="progress-page">
      <div className="progress-page__range">
        <RangeToggle value={range} onChange={setRange} />
      </div>
      {!data.data ? (
        <LoadState error={data.error} onRetry={data.reload} />
      ) : (
        <>
          <ProgressGoals goals={data.data.goals} />
          <WellbeingCharts from={data.data.from} to={today} checkins={data.data.checkins} range={range} />
          <GoalCalendar from={data.data.from} today={today} goals={data.data.goals} />
          <CravingCharts cravings={data.data.cravings} range={range} />
        </>
      )}
      <AttendedMeetings />
      <CommitmentsLink />
    </Page>
  );
}
