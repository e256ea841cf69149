import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stopGrant, type Grant } from '../../api/sharing.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { errorMessage } from '../../lib/form-errors.js';
import { scopeExplain, scopeLabel } from './scope-label.js';

/** The grants I gave: who, what in plain words, why, until when, and a way to stop each at once. */
export function GivenGrants({ grants, onChanged, onStopped }: { grants: Grant[]; onChanged: () => void; onStopped: (name: string) => void }) {
  const { t } = useTranslation();
  const active = grants.filter((g) => g.status === 'active');
  const past = grants.filter((g) => g.status !== 'active');
  return (
    <div className="sharing-block">
      <h3 className="privacy__heading">{t('sharing.given.title')}</h3>
      {active.length === 0 ? (
        <p className="muted">{t('sharing.given.none')}</p>
      ) : (
        <ul className="sharing-list">
          {active.map((g) => (
            <GivenGrant key={g.id} grant={g} onStopped={() => { onStopped(g.granteeName); onChanged(); }} />
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <details className="sharing-past">
          <summary>{t('sharing.given.past')}</summary>
          <ul className="sharing-list">
            {past.map((g) => (
              <GivenGrant key={g.id} grant={g} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function GivenGrant({ grant, onStopped }: { grant: Grant; onStopped?: () => void }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const name = grant.granteeName;

  async function stop() {
    setBusy(true);
    setError(null);
    try {
      await stopGrant(grant.id);
      setConfirming(false);
      onStopped?.();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="sharing-grant">
      <div className="sharing-grant__head">
        <p className="sharing-grant__who">{t('sharing.given.with', { name })}</p>
        {grant.status !== 'active' && <span className="badge">{t(`sharing.status.${grant.status}`)}</span>}
      </div>
      <ul className="sharing-scopes">
        {grant.scopes.map((s) => (
          <li key={s}>
            <strong>{scopeLabel(t, s)}</strong> <span className="muted">— {scopeExplain(t, s)}</span>
          </li>
        ))}
      </ul>
      {grant.purpose && <p className="sharing-grant__meta">{t('sharing.given.purpose', { purpose: grant.purpose })}</p>}
      <p className="sharing-grant__meta muted">
        {t('sharing.given.since', { date: date(grant.createdAt) })} · {grant.expiresAt ? t('sharing.given.until', { date: date(grant.expiresAt) }) : t('sharing.given.noExpiry')}
        {grant.partnershipId && <> · {t('sharing.given.partnership')}</>}
      </p>
      {onStopped && (
        <>
          <button type="button" className="button button--secondary" aria-haspopup="dialog" aria-label={t('sharing.given.stopLabel', { name })} onClick={() => setConfirming(true)}>
            {t('sharing.given.stop')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('sharing.given.confirmTitle', { name })}
            body={<p>{t('sharing.given.confirmBody', { name })}</p>}
            confirm={t('sharing.given.stop')}
            error={error}
            busy={busy}
            onConfirm={() => void stop()}
            onClose={() => setConfirming(false)}
          />
        </>
      )}
    </li>
  );
}
