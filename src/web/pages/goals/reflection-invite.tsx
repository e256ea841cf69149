import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/recovery/goals.js';
import type { GoalProgress } from '../../../shared/recovery/progress-schema.js';
import { whatStaysTrue } from './goal-figures.js';
import type { Recorded } from './record-day.js';
import { ReflectionDialog } from './reflection-dialog.js';

interface Props {
  goal: Goal;
  progress: GoalProgress;
  recorded: Recorded;
  onDone: () => void;
  onSaved: () => void;
}

/** Right after a lapse: what stays true, and an invitation (never a demand) to reflect. */
export function ReflectionInvite({ goal, progress, recorded, onDone, onSaved }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const stays = whatStaysTrue(progress);
  return (
    <div className="notice reflection-invite">
      <div role="status">
        <p className="notice__title">{t(goal.kind === 'abstain' ? 'goals.invite.titleLapse' : 'goals.invite.titleDay')}</p>
        {stays && (
          <p>{t(`goals.staysTrue.${goal.kind === 'abstain' ? 'abstain' : 'other'}.${progress.unit}`, { met: stays.met, count: stays.tracked })}</p>
        )}
      </div>
      <p>{t('goals.invite.body')}</p>
      <div className="reflection-invite__actions">
        <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {t('goals.invite.write')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('goals.invite.later')}
        </button>
      </div>
      <ReflectionDialog open={open} goalId={goal.id} day={recorded.day} onClose={() => setOpen(false)} onSaved={onSaved} />
    </div>
  );
}
