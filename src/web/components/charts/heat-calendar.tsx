import { useTranslation } from 'react-i18next';
import { calendarWeeks } from './chart-data.js';
import { ChartTable } from './chart-table.js';

/** What one day of a goal was: met, missed (a lapse), not recorded, still open (today), or outside the goal. */
export type DayState = 'met' | 'missed' | 'untracked' | 'open' | 'outside';

interface HeatCalendarProps {
  from: string;
  to: string;
  stateOf: (date: string) => DayState;
  /** Words for each state ("Substance-free", "Lapse"…), for the legend and the table. */
  words: Record<DayState, string>;
  caption: string;
}

const LEGEND: readonly DayState[] = ['met', 'missed', 'untracked'];

/**
 * A month-style calendar of a goal's days (Monday first). Lapses are marked gently, in a
 * warm tone with a small dot, not as red failures. The grid is for the eye; the same days
 * are in the table below it.
 */
export function HeatCalendar({ from, to, stateOf, words, caption }: HeatCalendarProps) {
  const { t, i18n } = useTranslation();
  const weeks = calendarWeeks(from, to);
  const weekdayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'narrow', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
  const dayMonth = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const mondayFirst = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i, 12)));
  const at = (date: string) => new Date(`${date}T12:00:00Z`);
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
            <span key={date} className={`heat__cell heat__cell--${stateOf(date)}`}>
              {date.endsWith('-01') ? month.format(at(date)) : Number(date.slice(8))}
            </span>
          ),
        )}
      </div>
      <ul className="heat__legend" aria-hidden="true">
        {LEGEND.map((state) => (
          <li key={state}>
            <span className={`heat__swatch heat__cell--${state}`} />
            {words[state]}
          </li>
        ))}
      </ul>
      <ChartTable
        caption={caption}
        headers={[t('progressCharts.calendar.weekOf'), ...mondayFirst.map((d) => weekdayLong.format(d))]}
        rows={weeks.map((week) => {
          const first = week.find((d) => d !== null)!;
          return {
            key: first,
            cells: [dayMonth.format(at(first)), ...week.map((d) => (d === null ? '' : words[stateOf(d)]))],
          };
        })}
      />
    </div>
  );
}

