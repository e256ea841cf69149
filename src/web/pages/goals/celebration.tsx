import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/recovery/goals.js';
import type { Milestone } from '../../../shared/recovery/progress-schema.js';
import * as goalsApi from '../../api/goals.js';
import * as groupsApi from '../../api/groups.js';
import { HeartIcon } from '../../components/icons.js';
import { useLoad } from '../../lib/use-load.js';
import { formatDay } from './format.js';
import { CelebrateDialog } from './celebrate-dialog.js';
import { milestoneKey, milestoneToCelebrate } from './goal-figures.js';
import { milestoneShares } from './milestone-shares.js';
import { markMilestonesSeen, seenMilestones } from './seen-milestones.js';
import { useMilestoneName } from './use-milestone-name.js';

interface Props {
  goal: Pick<Goal, 'id' | 'title'>;
  milestones: readonly Milestone[];
  /** Days, or weeks for goals with a weekly target (GoalProgress.unit). */
  unit: 'day' | 'week';
  /** On the goals list, say which goal the milestone belongs to. */
  showGoalTitle?: boolean;
}

/** Where the member already shared this milestone, from any device; asked only when a milestone is shown. */
async function loadShares(goalId: string, milestone: Milestone) {
  const [celebrations, groups] = await Promise.all([goalsApi.myCelebrations(), groupsApi.listMyGroups()]);
  return milestoneShares(goalId, milestone, celebrations, groups);
}

/**
 * A warm note for a newly reached milestone. Dismissing it (or sharing it) is remembered on
 * this device; sharing in a group happens only when the member chooses it, and a group where
 * it is already shared (from any device) is named instead of offered again.
 */
export function MilestoneCelebration({ goal, milestones, unit, showGoalTitle }: Props) {
  const { t, i18n } = useTranslation();
  const milestoneName = useMilestoneName();
  const titleId = useId();
  const [seen, setSeen] = useState(() => seenMilestones(goal.id));
  const [sharing, setSharing] = useState(false);
  const [shared, setShared] = useState(false);
  const milestone = milestoneToCelebrate(milestones, seen);
  const loaded = useLoad(
    () => (milestone ? loadShares(goal.id, milestone) : Promise.resolve(null)),
    `${goal.id}:${milestone ? milestoneKey(milestone) : ''}`,
  );
  const shares = loaded.data;
  const sharedIn = shares?.sharedIn ?? [];
  // Offered once we know where it is shared; if asking fails, offered anyway (the server refuses a second share in a group).
  const canShare = shares ? shares.canShareMore : loaded.error !== null;

  function dismiss() {
    markMilestonesSeen(goal.id, milestones);
    setSeen(seenMilestones(goal.id));
  }

  if (shared) {
    return (
      <div className="alert alert--success celebration-shared" role="status">
        <span>{t('milestones.celebrate.shared')}</span>
        <button type="button" className="button button--quiet" onClick={() => setShared(false)}>
          {t('common.close')}
        </button>
      </div>
    );
  }
  if (!milestone) return null;
  return (
    <section className="celebration" aria-labelledby={titleId}>
      <div className="celebration__art" aria-hidden="true">
        <HeartIcon />
      </div>
      <div className="celebration__text">
        <p className="celebration__kicker">{showGoalTitle ? goal.title : t('milestones.celebrate.kicker')}</p>
        <h2 id={titleId} className="celebration__title">
          {milestoneName(milestone, unit)}
        </h2>
        <p>{t(`milestones.celebrate.body.${milestone.kind}`)}</p>
        <p className="celebration__date">{t('milestones.reachedOn', { date: formatDay(milestone.reachedOn, i18n.language, 'long') })}</p>
        {sharedIn.length > 0 && (
          <p className="celebration__shared-in">
            {t('milestones.celebrate.sharedIn', { groups: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(sharedIn) })}
          </p>
        )}
        <div className="celebration__actions">
          {canShare && (
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setSharing(true)}>
              {t(sharedIn.length > 0 ? 'milestones.celebrate.inAnotherGroup' : 'milestones.celebrate.inGroup')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {t('milestones.celebrate.dismiss')}
          </button>
        </div>
      </div>
      <CelebrateDialog
        open={sharing}
        goalId={goal.id}
        milestone={milestone}
        unit={unit}
        sharedGroupIds={shares?.sharedGroupIds ?? []}
        onClose={() => setSharing(false)}
        onShared={() => {
          setSharing(false);
          dismiss();
          setShared(true);
        }}
      />
    </section>
  );
}
