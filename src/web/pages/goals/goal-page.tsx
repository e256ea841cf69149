import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { addDays } from '../../../shared/recovery/local-date.js';
import * as api from '../../api/goals.js';
import { useAccount } from '../../auth/account-context.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { AttemptsSection } from './attempts-section.js';
import { MilestoneCelebration } from './celebration.js';
import { todayIn } from './format.js';
import { GoalTimeline } from './goal-timeline.js';
import { ManageGoal } from './manage-goal.js';
import { MilestonesSection } from './milestones-section.js';
import { RecordDay, type Recorded } from './record-day.js';
import { RecoveryClock } from './recovery-clock.js';
import { ReflectionInvite } from './reflection-invite.js';
import { StepsSection } from './steps-section.js';

/** The day records the page shows: the goal's whole history, up to ten years (the API's longest range). */
async function loadGoal(id: string, today: string) {
  const goal = await api.fetchGoal(id);
  const earliest = addDays(today, -3650);
  const from = goal.startDate > earliest ? goal.startDate : earliest;
  const [progress, days] = await Promise.all([api.fetchProgress(id), from <= today ? api.listDays(id, from, today) : []]);
  return { goal, progress, days };
}

export function GoalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const { account } = useAccount();
  const today = todayIn(account?.timeZone ?? 'UTC');
  const loaded = useLoad(() => loadGoal(id, today), `${id}:${today}`);
  // After a lapse, the invitation to reflect on it (never required).
  const [lapse, setLapse] = useState<Recorded | null>(null);

  if (!loaded.data) {
    return (
      <Page title={t('goals.title')}>
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </Page>
    );
  }
  const { goal, progress, days } = loaded.data;
  const setGoal = (next: typeof goal) => loaded.setData({ ...loaded.data!, goal: next });

  return (
    <Page title={goal.title} intro={t(`goals.kinds.${goal.kind}.hint`)} className="goal-page">
      <p className="goal-page__meta">
        <span className="badge badge--accent">{t(`goals.kinds.${goal.kind}.label`)}</span>
        {goal.status !== 'active' && <span className="badge">{t(`goals.status.${goal.status}`)}</span>}
      </p>
      {(state as { created?: boolean } | null)?.created && (
        <div className="alert alert--success" role="status">
          {t('goals.new.created')}
        </div>
      )}
      <MilestoneCelebration key={progress.milestones.length} goal={goal} milestones={progress.milestones} unit={progress.unit} />
      <div className="goal-layout">
        <div className="goal-layout__main">
          <RecoveryClock goal={goal} progress={progress} />
          {lapse && (
            <ReflectionInvite
              goal={goal}
              progress={progress}
              recorded={lapse}
              onDone={() => setLapse(null)}
              onSaved={() => {
                setLapse(null);
                loaded.reload();
              }}
            />
          )}
          {goal.status === 'active' && (
            <RecordDay
              goal={goal}
              today={today}
              onRecorded={(recorded) => {
                setLapse(recorded.day.met ? null : recorded);
                loaded.reload();
              }}
            />
          )}
          <GoalTimeline goal={goal} days={days} onChanged={loaded.reload} />
        </div>
        <div className="goal-layout__side">
          <StepsSection goal={goal} onChange={setGoal} />
          <MilestonesSection progress={progress} />
          <AttemptsSection progress={progress} />
        </div>
      </div>
      <ManageGoal goal={goal} onChanged={loaded.reload} />
    </Page>
  );
}
