import { useTranslation } from 'react-i18next';
import type { SharedView } from '../../api/sharing.js';
import { Section } from '../../components/section.js';
import { formatDay } from './format.js';

type Checkins = NonNullable<SharedView['checkins']>;

/** The last 14 days of check-in scales as a small table; scrolls sideways on narrow phones. */
export function SharedCheckins({ checkins, today, name }: { checkins: Checkins; today: string; name: string }) {
  const { t, i18n } = useTranslation();
  const dash = '—';
  return (
    <Section title={t('sharing.scopes.checkins_summary.label')} className="shared-section">
      <p className={checkins.checkedInToday ? 'badge badge--accent shared-today' : 'badge shared-today'}>
        {checkins.checkedInToday ? t('sharing.view.checkedInToday', { name }) : t('sharing.view.notCheckedInToday', { name })}
      </p>
      {checkins.days.length === 0 ? (
        <p className="muted">{t('sharing.view.noCheckins')}</p>
      ) : (
        <div className="shared-table-wrap" tabIndex={0} role="region" aria-label={t('sharing.view.checkinTable')}>
          <table className="shared-table">
            <caption className="visually-hidden">{t('sharing.view.checkinTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sharing.view.day')}</th>
                <th scope="col">{t('checkin.mood.label')}</th>
                <th scope="col">{t('checkin.energy.label')}</th>
                <th scope="col">{t('checkin.craving.short')}</th>
                <th scope="col">{t('checkin.stress.short')}</th>
                <th scope="col">{t('sharing.view.sleep')}</th>
              </tr>
            </thead>
            <tbody>
              {checkins.days.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{d.date === today ? t('sharing.view.today') : formatDay(d.date, i18n.language, { day: 'numeric', month: 'short' })}</th>
                  <td>{t('sharing.view.ofFive', { n: d.mood })}</td>
                  <td>{t('sharing.view.ofFive', { n: d.energy })}</td>
                  <td>{t('sharing.view.ofTen', { n: d.craving })}</td>
                  <td>{t('sharing.view.ofTen', { n: d.stress })}</td>
                  <td>{d.sleepHours == null ? dash : t('sharing.view.hours', { n: d.sleepHours })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

export function SharedNotes({ notes }: { notes: NonNullable<SharedView['notes']> }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('sharing.scopes.checkins_notes.label')} className="shared-section">
      {notes.length === 0 ? (
        <p className="muted">{t('sharing.view.noNotes')}</p>
      ) : (
        <ul className="shared-list">
          {notes.map((n) => (
            <li key={n.date} className="shared-list__item">
              <p className="shared-list__meta">{formatDay(n.date, i18n.language)}</p>
              <p className="shared-note">{n.note}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
