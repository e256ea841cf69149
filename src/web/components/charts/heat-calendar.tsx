import { useTranslation } from 'react-i18next';
import type { CalendarState } from '../../../shared/recovery/insights.js';
import { calendarWeeks } from './chart-data.js';
import { ChartTable } from './chart-table.js';

interface HeatCalendarProps {
  /** One entry per date of the range, oldest first (insights.goalCalendar). */
  days: readonly { date: string; state: CalendarState }[];
  today: string;
  /** Words for each state ("Substance-free", "Lapse"…) and for today while still open, for the legend and the table. */
  words: Record<CalendarState | 'today', string>;
  /** The states the legend explains (a lapse for abstain goals, "not met" for the others). */
  legend: readonly CalendarState[];
  caption: string;
}

/**
 * A month-style calendar of a goal's days (Monday first). Lapses are marked gently, in a
 * warm tone with a small dot, not as red failures. The grid is for the eye; the same days
 * are in the table below it.
 */
export function HeatCalendar({ days, today, words, legend, caption }: HeatCalendarProps) {
  const { t, i18n } = useTranslation();
  if (days.length === 0) return null;
  const stateOf = new Map(days.map((d) => [d.date, d.state]));
  const weeks = calendarWeeks(days[0]!.date, days[days.length - 1]!.date);
  const weekdayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'narrow', timeZone: 'UTC' });
  const weekdayShort = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
  const dayMonth = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const mondayFirst = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i, 12)));
  const wordFor = (date: string) => {
    const state = stateOf.get(date)!;
    return date === today && state === 'untracked' ? words.today : words[state];
  };
  const at = (date: string) => new Date(`${date}T12:00:00Z`);
  const cellClass = (date: string) =>
    ['heat__cell', `heat__cell--${stateOf.get(date)}`, date === today ? 'heat__cell--today' : ''].filter(Boolean).join(' ');
  return (
    <div className="heat">
      <div className="heat__grid" aria-hidden="true">
        {mondayFirst.map((d) => (
          <span key={d.toISOString()} className="heat__weekday">
            {weekdayName.format(d)}
          </span>
        ))}
        {weeks.flat().map((date, i) =>
          date === null ? (
            <span key={`pad-${i}`} className="heat__cell heat__cell--pad" />
          ) : (
            <span key={date} className={cellClass(date)}>
              {date.endsWith('-01') ? month.format(at(date)) : Number(date.slice(8))}
            </span>
          ),
        )}
      </div>
      <ul className="heat__legend" aria-hidden="true">
        {legend.map((state) => (
          <li key={state}>
            <span className={`heat__swatch heat__cell--${state}`} />
            {words[state]}
          </li>
        ))}
      </ul>
      <ChartTable
        caption={caption}
        headers={[t('progressCharts.calendar.weekOf'), ...mondayFirst.map((d) => weekdayShort.format(d))]}
        rows={weeks.map((week) => {
          const first = week.find((d) => d !== null)!;
          return {
            key: first,
            cells: [dayMonth.format(at(first)), ...week.map((d) => (d === null ? '' : wordFor(d)))],
          };
        })}
      />
    </div>
  );
}
