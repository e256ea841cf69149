import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPartnerships } from '../../api/partners.js';
import { PeopleIcon } from '../../components/icons.js';
import { useLoad } from '../../lib/use-load.js';

/** Today's "My people" card: who I walk with, whether they checked in (when shared), requests waiting. */
export function TodayPeople() {
  const { t } = useTranslation();
  const list = useLoad(listPartnerships, 'today-people');
  if (!list.data) return null;
  const { active, incoming } = list.data;
  return (
    <section className="card today-card today-people" aria-labelledby="today-people-title">
      <div className="today-card__head">
        <span className="today-card__icon">
          <PeopleIcon />
        </span>
        <h2 id="today-people-title" className="card__title">{t('partners.today.title')}</h2>
      </div>
      {active.length === 0 ? (
        <p className="today-card__body">{t('partners.today.none')}</p>
      ) : (
        <ul className="today-people__list">
          {active.slice(0, 4).map((p) => (
            <li key={p.id}>
              <Link className="text-link" to={`/partners/${p.id}`}>{p.other.name}</Link>
              {p.checkedInToday !== null && (
                <span className="muted"> · {p.checkedInToday ? t('partners.checkedIn.yes') : t('partners.checkedIn.notYet')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {incoming.length > 0 && <p className="badge badge--accent">{t('partners.today.requests', { count: incoming.length })}</p>}
      <div className="today-card__actions">
        <Link to="/partners" className="text-link">{t('partners.today.open')}</Link>
      </div>
    </section>
  );
}
