import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import * as api from '../../api/checkins.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { daysBetween, isCalendarDate } from '../../../shared/recovery/local-date.js';
import { calendarMonths, firstWeekdayFor, weekdayOrder, type CalendarDay } from './calendar-months.js';
import { formatDay, FULL_DAY } from './day-format.js';

async function loadHistory() {
  const window = await api.fetchWindow();
  const checkins = await api.listCheckins(window.earliest, window.today);
  return { window, done: new Set(checkins.map((c) => c.date)) };
}

/** Sunday 2026-03-01 … Saturday 2026-03-07: only the weekday of each matters for the headings. */
const weekdayName = (weekday: number, language: string, style: 'short' | 'long') =>
  formatDay(`2026-03-0${weekday + 1}`, language, { weekday: style });

/**
 * Timeline-Followback style: the last 90 days as month grids, the days with a check-in
 * marked, every day in the window a link to fill it in or change it.
 */
export function CheckinHistoryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const history = useLoad(loadHistory, 'history');
  // Arriving from the check-in page after deleting a day.
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const data = history.data;
  if (!data) {
    return (
      <Page title={t('checkin.history.title')} intro={t('checkin.history.intro')}>
        <LoadState error={history.error} onRetry={history.reload} />
      </Page>
    );
  }
  const first = firstWeekdayFor(lang);
  const months = calendarMonths(data.window.earliest, data.window.today, first);
  const order = weekdayOrder(first);

  function cell(day: CalendarDay | null, index: number) {
    if (!day) return <td key={`pad-${index}`} />;
    const full = formatDay(day.date, lang, FULL_DAY);
    if (!day.selectable) {
      return (
        <td key={day.date}>
          <span className="cal-day cal-day--off">
            <span aria-hidden="true">{day.day}</span>
            <span className="visually-hidden">{t('checkin.history.unavailable', { day: full })}</span>
          </span>
        </td>
      );
    }
    const done = data!.done.has(day.date);
    const isToday = day.date === data!.window.today;
    const label = t(done ? 'checkin.history.done' : 'checkin.history.open', { day: full });
    return (
      <td key={day.date}>
        <Link
          to={isToday ? '/checkin' : `/checkin/${day.date}`}
          className={['cal-day', done && 'cal-day--done', isToday && 'cal-day--today'].filter(Boolean).join(' ')}
          aria-label={isToday ? `${label} ${t('checkin.history.today')}` : label}
          aria-current={isToday ? 'date' : undefined}
        >
          {day.day}
        </Link>
      </td>
    );
  }

  return (
    <Page title={t('checkin.history.title')} intro={t('checkin.history.intro')} className="checkin-history">
      {deleted && isCalendarDate(deleted) && (
        <div className="alert alert--success" role="status">
          {t('checkin.history.deleted', { day: formatDay(deleted, lang, FULL_DAY) })}
        </div>
      )}
      <p className="cal-summary">
        {t('checkin.history.summary', { count: data.done.size, days: daysBetween(data.window.earliest, data.window.today) + 1 })}
      </p>
      <p className="cal-legend" aria-hidden="true">
        <span className="cal-legend__item">
          <span className="cal-day cal-day--done cal-day--sample">1</span> {t('checkin.history.legendDone')}
        </span>
        <span className="cal-legend__item">
          <span className="cal-day cal-day--sample">1</span> {t('checkin.history.legendOpen')}
        </span>
      </p>
      {months.map((month) => {
        const title = formatDay(`${month.key}-01`, lang, { month: 'long', year: 'numeric' });
        return (
          <section key={month.key} className="card cal-month" aria-labelledby={`cal-${month.key}`}>
            <h2 id={`cal-${month.key}`} className="cal-month__title">
              {title}
            </h2>
            <table className="cal-grid" aria-labelledby={`cal-${month.key}`}>
              <thead>
                <tr>
                  {order.map((d) => (
                    <th key={d} scope="col" abbr={weekdayName(d, lang, 'long')}>
                      {weekdayName(d, lang, 'short')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {month.weeks.map((week) => (
                  <tr key={week.find(Boolean)!.date}>{week.map(cell)}</tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </Page>
  );
}
