import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_ROLES, type Group, type GroupRole, type Member } from '../../../../shared/groups.js';
import * as api from '../../../api/groups.js';
import { ApiError } from '../../../api/client.js';
import { ChoiceGroup } from '../../../components/choice-group.js';
import { FormAlert } from '../../../components/form-alert.js';
import { Modal } from '../../../components/modal.js';
import { errorMessage } from '../../../lib/form-errors.js';

interface Props {
  group: Group;
  member: Member;
  self: boolean;
  changeRole: boolean;
  remove: boolean;
  /** A sentence for the page saying what changed. */
  onDone: (status: string) => void;
  onClose: () => void;
}

/** One member's role, and removing them from the group after a second, explicit step. */
export function ManageMemberDialog({ group, member, self, changeRole, remove, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const name = member.displayName;
  const [role, setRole] = useState<GroupRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const switched = useRef(false);

  // The view changes inside one open dialog, so focus follows by hand.
  useEffect(() => {
    if (!switched.current) return;
    (confirming ? keepRef : removeRef).current?.focus();
  }, [confirming]);
  const confirm = (on: boolean) => ((switched.current = true), setError(null), setConfirming(on));

  function failed(e: unknown) {
    // The server keeps one facilitator; say what to do instead of only "conflict".
    setError(e instanceof ApiError && e.code === 'last_facilitator' ? t('core.members.lastFacilitator') : errorMessage(e, t));
    setBusy(false);
  }

  async function saveRole(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.changeRole(group.id, member.membershipId, role);
      onDone(t('core.members.roleChanged', { name, role: t(`groups.roles.${role}`) }));
    } catch (e) {
      failed(e);
    }
  }

  async function removeMember() {
    setBusy(true);
    try {
      await api.removeMember(group.id, member.membershipId);
      onDone(t('core.members.removed', { name }));
    } catch (e) {
      failed(e);
    }
  }

  if (confirming) {
    return (
      <Modal open onClose={onClose} labelledBy="manage-title" describedBy="manage-body">
        <h2 id="manage-title" className="modal__title">
          {t('core.members.removeTitle', { name })}
        </h2>
        <p id="manage-body">{t('core.members.removeBody', { name })}</p>
        <FormAlert message={error} />
        <div className="modal__actions">
          <button ref={keepRef} type="button" className="button button--secondary" onClick={() => confirm(false)} data-autofocus>
            {t('core.members.keep', { name })}
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={removeMember}>
            {t('core.members.removeConfirm', { name })}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal open onClose={onClose} labelledBy="manage-title">
      <h2 id="manage-title" className="modal__title">
        {self ? t('core.members.titleSelf') : name}
      </h2>
      {changeRole && (
        <form className="form" onSubmit={saveRole} noValidate>
          <ChoiceGroup
            legend={t('core.members.roleLegend')}
            hint={self ? t('core.members.selfHint') : undefined}
            type="radio"
            choices={[...GROUP_ROLES].reverse().map((r) => ({ value: r, label: t(`groups.roles.${r}`), hint: t(`core.members.roleHints.${r}`) }))}
            selected={[role]}
            onChange={([picked]) => picked && setRole(picked)}
          />
          <button type="submit" className="button button--primary" disabled={busy || role === member.role}>
            {t('core.members.saveRole')}
          </button>
        </form>
      )}
      <FormAlert message={error} />
      {remove && (
        <div className="manage-member__remove">
          <p className="muted">{t('core.members.removeIntro')}</p>
          <button ref={removeRef} type="button" className="button button--quiet button--danger-text" onClick={() => confirm(true)}>
            {t('core.members.remove', { name })}
          </button>
        </div>
      )}
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
