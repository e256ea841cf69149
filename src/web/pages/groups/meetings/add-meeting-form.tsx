import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import { NTHS, WEEKDAYS, type Weekday } from '../../../../shared/recurrence.js';
import { MEETING_FORMATS, createMeeting, type MeetingFormat } from '../../../api/meetings.js';
import { ChoiceGroup } from '../../../components/choice-group.js';
import { Field } from '../../../components/field.js';
import { FormAlert } from '../../../components/form-alert.js';
import { Section } from '../../../components/section.js';
import { errorsFromApi } from '../../../lib/form-errors.js';
import { languageName } from '../../../lib/languages.js';
import { weekdayNames } from '../../../lib/weekdays.js';
import { draftProblems, draftToInput, emptyDraft, type DraftErrors, type MeetingDraft } from './meeting-draft.js';
import { WhereFields } from './where-fields.js';

const DURATIONS = [30, 45, 60, 75, 90, 120];
const API_FIELDS = ['title', 'recurrence', 'startTime', 'durationMinutes', 'format', 'location', 'conferenceUrl', 'conferencePhone', 'language'];

export function AddMeetingForm({ group, onCreated }: { group: Group; onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<MeetingDraft>(() => emptyDraft(group.languages[0] ?? ''));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const days = weekdayNames(i18n.language);

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
      setDraft(emptyDraft(draft.language));
      setMessage({ tone: 'success', text: t('meetings.form.created') });
      onCreated();
    } catch (e) {
      const result = errorsFromApi(e, t, API_FIELDS);
      // The API names its fields ("location", "recurrence"); the form shows them as address and days.
      const { location, recurrence, ...rest } = result.fields;
      setErrors({ ...rest, address: location, days: recurrence } as DraftErrors);
      setMessage({ tone: 'error', text: result.form ?? t('errors.invalid') });
    }
    setBusy(false);
  }

  return (
    <Section title={t('meetings.form.title')} intro={t('meetings.form.intro', { zone: group.timeZone.replaceAll('_', ' ') })}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <Field label={t('meetings.form.name')} hint={t('meetings.form.nameHint')} error={errors.title}>
          {(a11y) => <input {...a11y} value={draft.title} maxLength={120} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <ChoiceGroup
          legend={t('meetings.form.repeats')}
          type="radio"
          compact
          choices={[
            { value: 'weekly' as const, label: t('meetings.form.weekly') },
            { value: 'monthly' as const, label: t('meetings.form.monthly') },
          ]}
          selected={[draft.freq]}
          onChange={([freq]) => freq && set({ freq })}
        />
        {draft.freq === 'weekly' ? (
          <ChoiceGroup
            legend={t('meetings.form.days')}
            error={errors.days}
            type="checkbox"
            compact
            choices={WEEKDAYS.map((d) => ({ value: d, label: days[d].long }))}
            selected={draft.days}
            onChange={(picked) => set({ days: picked })}
          />
        ) : (
          <div className="form__pair">
            <Field label={t('meetings.form.nth')}>
              {(a11y) => (
                <select {...a11y} value={draft.nth} onChange={(e) => set({ nth: e.target.value })}>
                  {NTHS.map((n) => (
                    <option key={n} value={n}>
                      {t(`meetings.nth.${n === -1 ? 'last' : n}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('meetings.form.weekday')}>
              {(a11y) => (
                <select {...a11y} value={draft.nthDay} onChange={(e) => set({ nthDay: e.target.value as Weekday })}>
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {days[d].long}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        )}
        <div className="form__pair">
          <Field label={t('meetings.form.startTime')} error={errors.startTime}>
            {(a11y) => <input {...a11y} type="time" value={draft.startTime} onChange={(e) => set({ startTime: e.target.value })} />}
          </Field>
          <Field label={t('meetings.form.duration')}>
            {(a11y) => (
              <select {...a11y} value={draft.durationMinutes} onChange={(e) => set({ durationMinutes: e.target.value })}>
                {DURATIONS.map((m) => (
                  <option key={m} value={m}>
                    {t('meetings.minutes', { count: m })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <ChoiceGroup
          legend={t('meetings.form.format')}
          type="radio"
          compact
          choices={MEETING_FORMATS.map((f) => ({ value: f, label: t(`meetings.format.${f}`) }))}
          selected={[draft.format]}
          onChange={([format]) => format && set({ format: format as MeetingFormat })}
        />
        <WhereFields draft={draft} errors={errors} set={set} />
        <ChoiceGroup
          legend={t('meetings.form.openLegend')}
          type="radio"
          choices={(['closed', 'open'] as const).map((v) => ({ value: v, label: t(`meetings.open.${v}.label`), hint: t(`meetings.open.${v}.hint`) }))}
          selected={[draft.open]}
          onChange={([open]) => open && set({ open })}
        />
        {group.languages.length > 0 && (
          <Field label={t('meetings.form.language')}>
            {(a11y) => (
              <select {...a11y} value={draft.language} onChange={(e) => set({ language: e.target.value })}>
                {group.languages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code, i18n.language)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('meetings.form.submit')}
        </button>
      </form>
    </Section>
  );
}
