import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { askPartner } from '../../api/partners.js';
import { listPeople } from '../../api/sharing.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { Modal } from '../../components/modal.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { REQUEST_NOTE_MAX } from '../../../shared/partners.js';

interface Props {
  open: boolean;
  /** People I already have a partnership or request with. */
  exclude: ReadonlySet<string>;
  onClose: () => void;
  onAsked: (name: string) => void;
}

/** Pick a member of one of my groups and ask them, with an optional short note. */
export function AskPartnerDialog({ open, exclude, onClose, onAsked }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const people = useLoad(() => (open ? listPeople() : Promise.resolve([])), `people:${open}`);
  const [accountId, setAccountId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = (people.data ?? []).filter((p) => !exclude.has(p.accountId));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const person = choices.find((p) => p.accountId === accountId);
    if (!person) return setError(t('partners.ask.pickSomeone'));
    setBusy(true);
    setError(null);
    try {
      await askPartner(person.accountId, note.trim() || undefined);
      setAccountId('');
      setNote('');
      onAsked(person.name);
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} onClose={onClose} labelledBy={`${id}-title`} describedBy={`${id}-intro`}>
      <h2 id={`${id}-title`} className="modal__title">{t('partners.ask.title')}</h2>
      <p id={`${id}-intro`}>{t('partners.ask.intro')}</p>
      {!people.data ? (
        <LoadState error={people.error} onRetry={people.reload} />
      ) : choices.length === 0 ? (
        <p className="muted">{t('partners.ask.nobody')}</p>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <Field label={t('partners.ask.who')}>
            {(control) => (
              <select {...control} value={accountId} onChange={(e) => setAccountId(e.target.value)} data-autofocus>
                <option value="">{t('partners.ask.choose')}</option>
                {choices.map((p) => (
                  <option key={p.accountId} value={p.accountId}>
                    {p.groups.length ? `${p.name} (${p.groups.join(', ')})` : p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('partners.ask.note')} hint={t('partners.ask.noteHint')} optional>
            {(control) => <textarea {...control} rows={3} maxLength={REQUEST_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <FormAlert message={error} />
          <div className="modal__actions">
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('partners.ask.send')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
