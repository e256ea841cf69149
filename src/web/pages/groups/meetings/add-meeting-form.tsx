import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import { createMeeting } from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { Section } from '../../../components/section.js';
import { defaultAgenda } from './agenda-draft.js';
import { meetingApiErrors } from './meeting-api-errors.js';
import { draftProblems, draftToInput, emptyDraft, type DraftErrors, type MeetingDraft } from './meeting-draft.js';
import { MeetingFields } from './meeting-fields.js';

export function AddMeetingForm({ group, onCreated }: { group: Group; onCreated: () => void }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // The default agenda in the facilitator's language: its titles become the series' own.
  const fresh = (language: string) => emptyDraft(language, defaultAgenda((kind) => t(`meetings.agenda.kinds.${kind}`)));
  const [draft, setDraft] = useState<MeetingDraft>(() => fresh(group.languages[0] ?? ''));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const problems = draftProblems(draft);
    setErrors(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, t(v)])));
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--error input')?.focus());
      return;
    }
    setBusy(true);
    try {
      await createMeeting(group.id, draftToInput(draft));
      setDraft(fresh(draft.language));
      setMessage({ tone: 'success', text: t('meetings.form.created') });
      onCreated();
    } catch (e) {
      const result = meetingApiErrors(e, t);
      setErrors(result.errors);
      setMessage({ tone: 'error', text: result.message });
    }
    setBusy(false);
  }

  return (
    <Section title={t('meetings.form.title')} intro={t('meetings.form.intro', { zone: group.timeZone.replaceAll('_', ' ') })}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <MeetingFields group={group} draft={draft} errors={errors} set={set} />
        <p className="field__hint">{t('meetings.form.agendaLater')}</p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('meetings.form.submit')}
        </button>
      </form>
    </Section>
  );
}
