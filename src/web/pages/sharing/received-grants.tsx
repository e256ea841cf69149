import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Grant } from '../../api/sharing.js';
import { scopeLabel } from './scope-label.js';

/** What others share with me, one entry per person (their active grants together), linking to their view. */
export function ReceivedGrants({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation();
  const byOwner = new Map<string, { name: string; scopes: Set<string> }>();
  for (const g of grants.filter((g) => g.status === 'active')) {
    const entry = byOwner.get(g.ownerId) ?? { name: g.ownerName, scopes: new Set<string>() };
    g.scopes.forEach((s) => entry.scopes.add(s));
    byOwner.set(g.ownerId, entry);
  }
  return (
    <div className="sharing-block">
      <h3 className="privacy__heading">{t('sharing.received.title')}</h3>
      {byOwner.size === 0 ? (
        <p className="muted">{t('sharing.received.none')}</p>
      ) : (
        <ul className="sharing-list">
          {[...byOwner.entries()].map(([ownerId, e]) => (
            <li key={ownerId} className="sharing-grant">
              <p className="sharing-grant__who">{t('sharing.received.from', { name: e.name })}</p>
              <p className="muted">{[...e.scopes].map((s) => scopeLabel(t, s)).join(', ')}</p>
              <Link className="text-link" to={`/people/${ownerId}`}>
                {t('sharing.received.open', { name: e.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
