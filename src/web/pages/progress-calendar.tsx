import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../api/goals.js';
import { datesBetween } from '../components/charts/chart-data.js';
import { HeatCalendar, type DayState } from '../components/charts/heat-calendar.js';
import { LoadState } from '../components/load-state.js';
import { Section } from '../components/section.js';
import { useLoad } from '../lib/use-load.js';
import { goalDayStates } from './progress-day-states.js';

interface Props {
  from: string;
  today: string;
  goals: readonly api.GoalWithProgress[];
}

/** A calendar of one goal's days over the range; nothing at all without goals (Your goals invites one). */
export function GoalCalendar({ from, today, goals }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const goal = goals.find((g) => g.id === chosen) ?? goals.find((g) => g.status === 'active') ?? goals[0];
  if (!goal) return null;
  return (
    <Section title={t('progressCharts.calendar.title')} intro={t('progressCharts.calendar.intro')} className="goal-calendar">
      {goals.length > 1 && (
        <div className="field goal-calendar__pick">
          <label htmlFor={selectId}>{t('progressCharts.calendar.goal')}</label>
          <select id={selectId} value={goal.id} onChange={(e) => setChosen(e.target.value)}>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <GoalDays key={goal.id} goal={goal} from={from} today={today} />
    </Section>
  );
}

function GoalDays({ goal, from, today }: { goal: api.GoalWithProgress; from: string; today: string }) {
  const { t } = useTranslation();
  const days = useLoad(() => api.listDays(goal.id, from, today), `${goal.id}:${from}:${today}`);
  if (!days.data) return <LoadState error={days.error} onRetry={days.reload} />;
  const stateOf = goalDayStates(goal, days.data, today);
  const abstain = goal.kind === 'abstain';
  const words: Record<DayState, string> = {
    met: t(abstain ? 'progressCharts.calendar.metAbstain' : 'progressCharts.calendar.met'),
    missed: t(abstain ? 'progressCharts.calendar.lapse' : 'progressCharts.calendar.missed'),
    untracked: t('progressCharts.calendar.untracked'),
    open: t('progressCharts.calendar.open'),
    outside: t('progressCharts.calendar.outside'),
  };
  const counts = { met: 0, missed: 0 };
  for (const d of datesBetween(from, today)) {
    const s = stateOf(d);
    if (s === 'met' || s === 'missed') counts[s]++;
  }
  return (
    <>
      <p className="chart__summary">
        {t(abstain ? 'progressCharts.calendar.summaryAbstain' : 'progressCharts.calendar.summary', {
          count: counts.met,
          missed: counts.missed,
        })}
      </p>
      <HeatCalendar from={from} to={today} stateOf={stateOf} words={words} caption={t('progressCharts.calendar.caption', { title: goal.title })} />
    </>
  );
}
