import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../api/goals.js';
import { goalCalendar, type CalendarState } from '../../shared/recovery/insights.js';
import { HeatCalendar } from '../components/charts/heat-calendar.js';
import { LoadState } from '../components/load-state.js';
import { Section } from '../components/section.js';
import { useLoad } from '../lib/use-load.js';

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
  const calendar = goalCalendar(goal, days.data, from, today, today);
  const abstain = goal.kind === 'abstain';
  const words: Record<CalendarState | 'today', string> = {
    met: t(abstain ? 'progressCharts.calendar.metAbstain' : 'progressCharts.calendar.met'),
    lapse: t('progressCharts.calendar.lapse'),
    not_met: t('progressCharts.calendar.missed'),
    untracked: t('progressCharts.calendar.untracked'),
    before_start: t('progressCharts.calendar.outside'),
    future: t('progressCharts.calendar.outside'),
    today: t('progressCharts.calendar.open'),
  };
  const count = (state: CalendarState) => calendar.filter((d) => d.state === state).length;
  const counts = { met: count('met'), missed: count(abstain ? 'lapse' : 'not_met') };
  return (
    <>
      <p className="chart__summary">
        {t(abstain ? 'progressCharts.calendar.summaryAbstain' : 'progressCharts.calendar.summary', {
          count: counts.met,
          missed: counts.missed,
        })}
      </p>
      <HeatCalendar
        days={calendar}
        today={today}
        words={words}
        legend={abstain ? ['met', 'lapse', 'untracked'] : ['met', 'not_met', 'untracked']}
        caption={t('progressCharts.calendar.caption', { title: goal.title })}
      />
    </>
  );
}
