import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { FormAlert } from '../../components/form-alert.js';
import { useCommand, useNameOf, useSession } from './session-context.js';

/** Who is here now, in person and online; the core team can hand the running over (or take it). */
export function PresenceSection() {
  const { t } = useTranslation();
  const { state, me } = useSession();
  const nameOf = useNameOf();
  const { run, busy, error } = useCommand();
  const [takingOver, setTakingOver] = useState(false);
  const present = state.participants.filter((p) => p.present);
  const online = present.filter((p) => p.mode === 'online').length;
  const runner = state.facilitatorId === me.accountId;
  const meCore = present.find((p) => p.accountId === me.accountId)?.coreTeam ?? false;
  async function takeOver() {
    if (await run({ type: 'facilitator.handover', accountId: me.accountId })) setTakingOver(false);
  }
  return (
    <section className="card live-presence" aria-labelledby="live-presence-title">
      <h2 id="live-presence-title" className="card__title">
        {t('live.presence.title')}
      </h2>
      <p className="live-presence__counts">
        {t(online === 0 ? 'live.presence.countsInPerson' : online === present.length ? 'live.presence.countsOnline' : 'live.presence.counts', {
          count: present.length,
          inPerson: present.length - online,
          online,
        })}
      </p>
      <ul className="live-people">
        {present.map((p) => (
          <li key={p.accountId} className="live-people__item">
            <span className="live-people__who">
              <span className="live-people__name">{nameOf(p.accountId)}</span>
              <span className="badge">{t(`live.modes.${p.mode}`)}</span>
              {p.accountId === state.facilitatorId && <span className="badge badge--accent">{t('live.presence.runs')}</span>}
            </span>
            {runner && p.coreTeam && p.accountId !== me.accountId && (
              <button
                type="button"
                className="button button--quiet"
                disabled={busy}
                onClick={() => void run({ type: 'facilitator.handover', accountId: p.accountId })}
                aria-label={t('live.presence.handOverTo', { name: p.displayName })}
              >
                {t('live.presence.handOver')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!runner && meCore && (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setTakingOver(true)} aria-haspopup="dialog">
          {t('live.presence.takeOver')}
        </button>
      )}
      {!takingOver && <FormAlert message={error} />}
      <ConfirmDialog
        open={takingOver}
        tone="primary"
        title={t('live.takeOver.title')}
        body={<p>{t('live.takeOver.body', { name: nameOf(state.facilitatorId) })}</p>}
        confirm={t('live.takeOver.confirm')}
        busy={busy}
        error={error}
        onConfirm={() => void takeOver()}
        onClose={() => setTakingOver(false)}
      />
    </section>
  );
}
