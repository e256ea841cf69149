import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Group } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { FormAlert } from '../../components/form-alert.js';
import { Modal } from '../../components/modal.js';
import { errorMessage } from '../../lib/form-errors.js';

export function LeaveGroup({ group }: { group: Group }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function leave() {
    setBusy(true);
    try {
      await api.leaveGroup(group.id);
      navigate('/groups', { replace: true });
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <div className="leave-group">
      <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('groups.leave.open')}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="leave-title" describedBy="leave-body">
        <h2 id="leave-title" className="modal__title">
          {t('groups.leave.title', { name: group.name })}
        </h2>
        <p id="leave-body">{t('groups.leave.body')}</p>
        <FormAlert message={error} />
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)} data-autofocus>
            {t('groups.leave.stay')}
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={leave}>
            {t('groups.leave.confirm')}
          </button>
        </div>
      </Modal>
    </div>
  );
}
