import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_DAYS, INVITATION_USES, type Group, type NewInvitation } from '../../../../shared/groups.js';
import * as api from '../../../api/groups.js';
import { CopyButton } from '../../../components/copy-button.js';
import { Field } from '../../../components/field.js';
import { FormAlert } from '../../../components/form-alert.js';
import { LoadState } from '../../../components/load-state.js';
import { Section } from '../../../components/section.js';
import { errorMessage } from '../../../lib/form-errors.js';
import { useLoad } from '../../../lib/use-load.js';

export function InvitationsSection({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const list = useLoad(() => api.listInvitations(group.id), group.id);
  const [days, setDays] = useState(String(INVITATION_DAYS.default));
  const [uses, setUses] = useState('');
  const [created, setCreated] = useState<NewInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const invitation = await api.createInvitation(group.id, { expiresInDays: Number(days), maxUses: uses ? Number(uses) : null });
      setCreated(invitation);
      list.reload();
    } catch (e) {
      setError(errorMessage(e, t));
    }
    setBusy(false);
  }

  async function revoke(invitationId: string) {
    try {
      await api.revokeInvitation(group.id, invitationId);
      if (created?.id === invitationId) setCreated(null);
      list.reload();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  }

  return (
    <Section title={t('core.invitations.title')} intro={t('core.invitations.intro')}>
      <form className="form form--row" onSubmit={create} noValidate>
        <Field label={t('core.invitations.expires')}>
          {(a11y) => (
            <select {...a11y} value={days} onChange={(e) => setDays(e.target.value)}>
              {[1, 7, 14, 30, 90].map((n) => (
                <option key={n} value={n}>
                  {t('core.invitations.days', { count: n })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('core.invitations.maxUses')} optional hint={t('core.invitations.maxUsesHint')}>
          {(a11y) => (
            <input {...a11y} type="number" inputMode="numeric" min={INVITATION_USES.min} max={INVITATION_USES.max} value={uses} onChange={(e) => setUses(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('core.invitations.create')}
        </button>
      </form>
      <FormAlert message={error} />
      {created && (
        <div className="new-link" role="status">
          <p className="new-link__label">{t('core.invitations.created')}</p>
          <code className="new-link__url">{created.url}</code>
          <CopyButton text={created.url} label={t('core.invitations.copy')} />
        </div>
      )}
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : list.data.length === 0 ? (
        <p className="muted">{t('core.invitations.none')}</p>
      ) : (
        <ul className="row-list" aria-label={t('core.invitations.listLabel')}>
          {list.data.map((inv) => (
            <li key={inv.id} className="row-list__item">
              <span>
                {t('core.invitations.until', { date: date.format(new Date(inv.expiresAt)) })}
                {' · '}
                {inv.maxUses === null ? t('core.invitations.usesUnlimited', { uses: inv.uses }) : t('core.invitations.uses', { uses: inv.uses, max: inv.maxUses })}
              </span>
              <button type="button" className="button button--quiet" onClick={() => revoke(inv.id)}>
                {t('core.invitations.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
