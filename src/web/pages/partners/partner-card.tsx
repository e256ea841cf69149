import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../api/partners.js';

/** One of my people: name, what they are to me, and whether they checked in today when they share it. */
export function PartnerCard({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const p = partnership;
  return (
    <article className="card partner-card">
      <h3 className="card__title partner-card__name">
        <Link to={`/partners/${p.id}`} className="partner-card__link">
          {p.other.name}
        </Link>
      </h3>
      <p className="partner-card__meta">
        <span className="badge">{t(`partners.role.${p.otherRole}`)}</span>
        {p.checkedInToday !== null && (
          <span className={p.checkedInToday ? 'badge badge--accent' : 'badge'}>
            {p.checkedInToday ? t('partners.checkedIn.yes') : t('partners.checkedIn.notYet')}
          </span>
        )}
      </p>
    </article>
  );
}
