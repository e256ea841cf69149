import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form-alert.js';
import { Modal } from '../../components/modal.js';

interface Props {
  open: boolean;
  /** Who runs the session now, as this viewer reads it. */
  runner: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** Taking over is not undone by a tap: say what changes for whom, keep the safe choice first. */
export function TakeOverDialog({ open, runner, busy, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={`${id}-title`} describedBy={`${id}-body`}>
      <h2 id={`${id}-title`} className="modal__title">
        {t('live.takeOver.title')}
      </h2>
      <p id={`${id}-body`}>{t('live.takeOver.body', { name: runner })}</p>
      <FormAlert message={error} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm}>
          {t('live.takeOver.confirm')}
        </button>
      </div>
    </Modal>
  );
}
