import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal } from '../../api/checkins.js';
import { LapseNote } from './goal-answers.js';

/** A calm "saved", with a kind word and a reflection link for any lapse, then the way back. */
export function CheckinSaved({ isToday, lapses }: { isToday: boolean; lapses: readonly Pick<Goal, 'id' | 'title'>[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <section className="card checkin-saved" aria-labelledby="checkin-saved-title">
      <h2 id="checkin-saved-title" ref={heading} tabIndex={-1} className="checkin-saved__title">
        {t('checkin.saved.title')}
      </h2>
      <p>{t(isToday ? 'checkin.saved.bodyToday' : 'checkin.saved.bodyThatDay')}</p>
      {lapses.map((goal) => (
        <LapseNote key={goal.id} goal={goal} />
      ))}
      <div className="checkin-saved__actions">
        <Link to="/today" className="button button--primary">
          {t('checkin.saved.backToToday')}
        </Link>
        <Link to="/checkin/history" className="button button--secondary">
          {t('checkin.saved.calendar')}
        </Link>
      </div>
    </section>
  );
}
