import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './form-alert.js';
import { Modal } from './modal.js';

interface Props {
  open: boolean;
  title: string;
  body: ReactNode;
  confirm: string;
  error?: string | null;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** 'danger' for what cannot be undone (the default); 'primary' for a weighty but safe step. */
  tone?: 'danger' | 'primary';
}

/** "Are you sure?" with the safe choice focused first. */
export function ConfirmDialog({ open, title, body, confirm, error = null, busy, onConfirm, onClose, tone = 'danger' }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={`${id}-title`} describedBy={`${id}-body`}>
      <h2 id={`${id}-title`} className="modal__title">
        {title}
      </h2>
      <div id={`${id}-body`}>{body}</div>
      <FormAlert message={error} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className={`button button--${tone}`} disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Modal>
  );
}
