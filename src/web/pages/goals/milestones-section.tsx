import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalProgress, Milestone } from '../../../shared/recovery/progress-schema.js';
import { formatDay } from './format.js';
import { milestoneKey } from './goal-figures.js';
import { useMilestoneName } from './use-milestone-name.js';

/** The newest few are shown; the rest fold away. */
const RECENT = 4;

function MilestoneList({ milestones, unit }: { milestones: readonly Milestone[]; unit: GoalProgress['unit'] }) {
  const { i18n } = useTranslation();
  const name = useMilestoneName();
  return (
    <ul className="milestones__list">
      {milestones.map((m) => (
        <li key={milestoneKey(m)} className="milestones__item">
          <span className="milestones__name">{name(m, unit)}</span>
          <time dateTime={m.reachedOn} className="muted">
            {formatDay(m.reachedOn, i18n.language)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** Milestones reached (newest first, with dates) and the next one. */
export function MilestonesSection({ progress: p }: { progress: GoalProgress }) {
  const { t } = useTranslation();
  const name = useMilestoneName();
  const id = useId();
  const reached = [...p.milestones].sort((a, b) => b.reachedOn.localeCompare(a.reachedOn) || b.days - a.days);
  return (
    <section className="card section milestones" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {t('milestones.title')}
      </h2>
      {p.nextMilestone && (
        <p className="milestones__next">
          {t('milestones.next', {
            milestone: name(p.nextMilestone, p.unit),
            remaining: t(`goals.clock.count.${p.unit}`, { count: p.nextMilestone.remaining }),
          })}
        </p>
      )}
      {reached.length === 0 ? (
        <p className="muted">{t('milestones.none')}</p>
      ) : (
        <>
          <MilestoneList milestones={reached.slice(0, RECENT)} unit={p.unit} />
          {reached.length > RECENT && (
            <details className="milestones__more">
              <summary>{t('milestones.all', { count: reached.length })}</summary>
              <MilestoneList milestones={reached.slice(RECENT)} unit={p.unit} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
