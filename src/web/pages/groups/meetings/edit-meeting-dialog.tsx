import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import { updateMeeting, type MeetingSeries } from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { usePhaseTitle } from '../../../lib/phase-title.js';
import { Modal } from '../../../components/modal.js';
import { agendaToDraft } from './agenda-draft.js';
import { AgendaEditor } from './agenda-editor.js';
import { meetingApiErrors } from './meeting-api-errors.js';
import { draftProblems, draftToPatch, seriesToDraft, type DraftErrors, type MeetingDraft } from './meeting-draft.js';
import { MeetingFields } from './meeting-fields.js';
import { MeetingTypesField } from './meeting-types-field.js';

interface Props {
  group: Group;
  series: MeetingSeries;
  onSaved: (series: MeetingSeries) => void;
  onClose: () => void;
}

/** Everything about a series in one form, the agenda template included; one save. */
export function EditMeetingDialog({ group, series, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const phaseTitle = usePhaseTitle();
  // Default phase titles open in the editor's language, whoever's language pre-filled them.
  const [draft, setDraft] = useState<MeetingDraft>(() => seriesToDraft(series, (phases) => agendaToDraft(phases, phaseTitle)));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function focusFirstProblem() {
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--error input, [data-form-alert]')?.focus(),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const problems = draftProblems(draft);
    setErrors(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, t(v)])));
    if (Object.keys(problems).length > 0) return focusFirstProblem();
    setBusy(true);
    try {
      onSaved(await updateMeeting(group.id, series.id, draftToPatch(draft)));
    } catch (e) {
      const result = meetingApiErrors(e, t);
      setErrors(result.errors);
      setMessage(result.message);
      setBusy(false);
      focusFirstProblem();
    }
  }

  return (
    <Modal open onClose={onClose} labelledBy="edit-meeting-title" className="modal--wide">
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <h2 id="edit-meeting-title" className="modal__title">
          {t('meetings.edit.title', { title: series.title })}
        </h2>
        <p className="modal__intro">{t('meetings.form.intro', { zone: group.timeZone.replaceAll('_', ' ') })}</p>
        <MeetingFields group={group} draft={draft} errors={errors} set={set} />
        <MeetingTypesField types={draft.types} onChange={(types) => set({ types })} />
        <AgendaEditor phases={draft.agenda} onChange={(agenda) => set({ agenda })} durationMinutes={Number(draft.durationMinutes)} error={errors.agenda} />
        <FormAlert message={message} />
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('meetings.edit.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
