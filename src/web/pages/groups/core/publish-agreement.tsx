import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_MAX, type Group } from '../../../../shared/groups.js';
import * as api from '../../../api/groups.js';
import { Field } from '../../../components/field.js';
import { FormAlert } from '../../../components/form-alert.js';
import { Modal } from '../../../components/modal.js';
import { errorsFromApi } from '../../../lib/form-errors.js';

interface Props {
  group: Group;
  /** After publishing: the page reloads the group, which now carries the new version. */
  onPublished: (version: number) => void;
}

/**
 * The core team writes the next version of the agreement, starting from the current text.
 * Publishing asks every other member to read and accept it before they go on.
 */
export function PublishAgreement({ group, onPublished }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(group.agreement.text);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = group.agreement.version + 1;

  function start() {
    setText(group.agreement.text);
    setError(undefined);
    setMessage(null);
    setOpen(true);
  }

  async function publish(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const trimmed = text.trim();
    const problem = !trimmed ? t('validation.required') : trimmed === group.agreement.text.trim() ? t('groups.agreement.publish.unchanged') : undefined;
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const published = await api.publishAgreement(group.id, trimmed);
      setOpen(false);
      onPublished(published.version);
    } catch (e) {
      const result = errorsFromApi(e, t, ['text']);
      setError(result.fields.text);
      setMessage(result.form);
    }
    setBusy(false);
  }

  return (
    <>
      <button type="button" className="button button--secondary" aria-haspopup="dialog" onClick={start}>
        {t('groups.agreement.publish.open')}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="publish-title" describedBy="publish-intro" className="modal--wide">
        <form className="form" onSubmit={publish} noValidate>
          <h2 id="publish-title" className="modal__title">
            {t('groups.agreement.publish.title', { version: next })}
          </h2>
          <p id="publish-intro" className="modal__intro">
            {t('groups.agreement.publish.intro')}
          </p>
          <Field label={t('groups.agreement.publish.text')} hint={t('groups.agreement.publish.hint')} error={error}>
            {(a11y) => (
              <textarea
                {...a11y}
                className="agreement-editor"
                rows={12}
                maxLength={AGREEMENT_MAX}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-autofocus
              />
            )}
          </Field>
          <FormAlert message={message} />
          <div className="modal__actions">
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('groups.agreement.publish.submit', { version: next })}
            </button>
          </div>
        </form>
      </Modal>
    </>
  );
}
