import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../api/partners.js';

/** Requests and partnerships that closed lately, in neutral words (nobody reads a refusal). */
export function ClosedList({ closed }: { closed: Partnership[] }) {
  const { t } = useTranslation();
  if (closed.length === 0) return null;
  return (
    <details className="card partner-closed">
      <summary className="partner-closed__summary">{t('partners.closed.title')}</summary>
      <ul className="partner-closed__list">
        {closed.map((p) => (
          <li key={p.id}>
            <span className="partner-closed__name">{p.other.name}</span>{' '}
            <span className="muted">{p.state === 'ended' ? t('partners.closed.ended') : t('partners.closed.closed')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
