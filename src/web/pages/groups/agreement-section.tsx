import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { FormAlert } from '../../components/form-alert.js';
import { Modal } from '../../components/modal.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';
import { PublishAgreement } from './core/publish-agreement.js';

interface Props {
  group: Group;
  onAccepted: (group: Group) => void;
}

/** The agreement as it stands; the core team can publish a new version from here. */
export function AgreementSection({ group, onPublished }: { group: Group; onPublished: () => void }) {
  const { t } = useTranslation();
  const [published, setPublished] = useState<number | null>(null);
  const accepted = group.myMembership.agreementVersion;
  return (
    <Section title={t('groups.agreement.title')} intro={t('groups.agreement.intro')}>
      <FormAlert message={published ? t('groups.agreement.publish.done', { version: published }) : null} tone="success" />
      <div className="agreement-text">{group.agreement.text}</div>
      <p className="muted">
        {accepted === group.agreement.version
          ? t('groups.agreement.acceptedCurrent', { version: accepted })
          : t('groups.agreement.version', { version: group.agreement.version })}
      </p>
      {api.isCoreTeam(group.myMembership.role) && (
        <PublishAgreement group={group} onPublished={(version) => (setPublished(version), onPublished())} />
      )}
    </Section>
  );
}

/** A calm note that the group's agreement changed, with a way to read and accept it. */
export function AgreementBanner({ group, onAccepted }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="notice" role="region" aria-labelledby="agreement-banner-title">
      <h2 id="agreement-banner-title" className="notice__title">
        {t('groups.agreement.bannerTitle')}
      </h2>
      <p>{t('groups.agreement.bannerBody')}</p>
      <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('groups.agreement.readAndAccept')}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="agreement-dialog-title" className="modal--wide">
        <AcceptForm group={group} onDone={(g) => (setOpen(false), onAccepted(g))} onCancel={() => setOpen(false)} />
      </Modal>
    </div>
  );
}

function AcceptForm({ group, onDone, onCancel }: { group: Group; onDone: (g: Group) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function accept() {
    if (!checked) {
      setError(t('groups.agreement.checkFirst'));
      return;
    }
    setBusy(true);
    try {
      onDone(await api.acceptAgreement(group.id, group.agreement.version));
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <div className="form">
      <h2 id="agreement-dialog-title" className="modal__title">
        {t('groups.agreement.dialogTitle', { name: group.name })}
      </h2>
      <div className="agreement-text agreement-text--scroll" tabIndex={0} aria-label={t('groups.agreement.title')}>
        {group.agreement.text}
      </div>
      <FormAlert message={error} />
      <label className="choice choice--single">
        <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} data-autofocus />
        <span className="choice__label">{t('join.acceptLabel')}</span>
      </label>
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={accept}>
          {t('groups.agreement.accept')}
        </button>
      </div>
    </div>
  );
}
