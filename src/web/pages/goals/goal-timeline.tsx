import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalDay } from '../../../shared/recovery/goals.js';
import * as api from '../../api/goals.js';
import { errorMessage } from '../../lib/form-errors.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { formatDay } from './format.js';
import { REFLECTION_FIELDS, ReflectionDialog } from './reflection-dialog.js';

interface Props {
  goal: Goal;
  days: readonly GoalDay[];
  onChanged: () => void;
}

/** The goal's timeline, newest first: lapses (or recorded days) with the reflections written about them. */
export function GoalTimeline({ goal, days, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const abstain = goal.kind === 'abstain';
  const shown = days.filter((d) => !abstain || !d.met).sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="card section timeline" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {t(abstain ? 'goals.timeline.titleAbstain' : 'goals.timeline.title')}
      </h2>
      {shown.length === 0 ? (
        <p className="muted">
          {abstain ? t('goals.timeline.noLapses', { date: formatDay(goal.startDate, i18n.language) }) : t('goals.timeline.empty')}
        </p>
      ) : (
        <ol className="timeline__list">
          {shown.map((day) => (
            <TimelineItem key={day.date} goal={goal} day={day} onChanged={onChanged} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineItem({ goal, day, onChanged }: { goal: Goal; day: GoalDay; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [reflecting, setReflecting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const when = formatDay(day.date, i18n.language, 'long');
  const answered = REFLECTION_FIELDS.filter((f) => day.reflection?.[f]);

  async function remove() {
    setBusy(true);
    try {
      await api.undoDay(goal.id, day.date);
      setRemoving(false);
      onChanged();
    } catch (e) {
      setError(errorMessage(e, t));
    }
    setBusy(false);
  }

  return (
    <li className={day.met ? 'timeline__item' : 'timeline__item timeline__item--missed'}>
      <p className="timeline__head">
        <time dateTime={day.date} className="timeline__date">
          {when}
        </time>
        {day.time && <span className="muted"> · {t('goals.timeline.around', { time: day.time })}</span>}
      </p>
      <p className="timeline__badges">
        {goal.kind === 'abstain' ? (
          <span className="badge badge--gentle">{t('goals.timeline.lapse')}</span>
        ) : (
          <>
            {day.amount !== null && (
              <span className="badge">{goal.unit ? `${day.amount} ${goal.unit}` : String(day.amount)}</span>
            )}
            {/* A weekly target is judged on the week (the clock), not on one day. */}
            {goal.target?.per !== 'week' && (
              <span className={day.met ? 'badge badge--accent' : 'badge badge--gentle'}>
                {t(day.met ? 'goals.timeline.met' : `goals.timeline.notMet.${goal.kind}`)}
              </span>
            )}
          </>
        )}
      </p>
      {answered.length > 0 && (
        <dl className="timeline__reflection">
          {answered.map((f) => (
            <div key={f}>
              <dt>{t(`goals.reflection.${f}`)}</dt>
              <dd>{day.reflection?.[f]}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="timeline__actions">
        {!day.met && (
          <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={() => setReflecting(true)}>
            {t(answered.length > 0 ? 'goals.reflection.edit' : 'goals.reflection.add')}
            <span className="visually-hidden"> {when}</span>
          </button>
        )}
        <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={() => setRemoving(true)}>
          {t('goals.timeline.undo')}
          <span className="visually-hidden"> {when}</span>
        </button>
      </div>
      <ReflectionDialog
        open={reflecting}
        goalId={goal.id}
        day={day}
        onClose={() => setReflecting(false)}
        onSaved={() => {
          setReflecting(false);
          onChanged();
        }}
      />
      <ConfirmDialog
        open={removing}
        title={t('goals.timeline.undoTitle', { date: when })}
        body={<p>{t(goal.kind === 'abstain' ? 'goals.timeline.undoBodyAbstain' : 'goals.timeline.undoBody')}</p>}
        confirm={t('goals.timeline.undoConfirm')}
        error={error}
        busy={busy}
        onConfirm={() => void remove()}
        onClose={() => setRemoving(false)}
      />
    </li>
  );
}
