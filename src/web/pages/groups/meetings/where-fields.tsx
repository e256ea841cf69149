import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.js';
import type { DraftErrors, MeetingDraft } from './meeting-draft.js';

/** Address fields for in-person and hybrid meetings, link and phone for online and hybrid. */
export function WhereFields({ draft, errors, set }: { draft: MeetingDraft; errors: DraftErrors; set: (p: Partial<MeetingDraft>) => void }) {
  const { t } = useTranslation();
  const inPerson = draft.format !== 'online';
  const online = draft.format !== 'in_person';
  return (
    <>
      {inPerson && (
        <fieldset className="subfields">
          <legend className="choices__legend">{t('meetings.form.where')}</legend>
          <Field label={t('meetings.form.placeName')} optional hint={t('meetings.form.placeNameHint')}>
            {(a11y) => <input {...a11y} value={draft.locationName} onChange={(e) => set({ locationName: e.target.value })} />}
          </Field>
          <Field label={t('meetings.form.address')} error={errors.address}>
            {(a11y) => <input {...a11y} autoComplete="street-address" value={draft.address} onChange={(e) => set({ address: e.target.value })} />}
          </Field>
          <Field label={t('meetings.form.city')} optional>
            {(a11y) => <input {...a11y} autoComplete="address-level2" value={draft.city} onChange={(e) => set({ city: e.target.value })} />}
          </Field>
        </fieldset>
      )}
      {online && (
        <fieldset className="subfields">
          <legend className="choices__legend">{t('meetings.form.howToJoin')}</legend>
          <Field label={t('meetings.form.conferenceUrl')} hint={t('meetings.form.conferenceUrlHint')} error={errors.conferenceUrl}>
            {(a11y) => (
              <input {...a11y} type="url" inputMode="url" placeholder="https://" value={draft.conferenceUrl} onChange={(e) => set({ conferenceUrl: e.target.value })} />
            )}
          </Field>
          <Field label={t('meetings.form.conferencePhone')} optional error={errors.conferencePhone}>
            {(a11y) => <input {...a11y} type="tel" value={draft.conferencePhone} onChange={(e) => set({ conferencePhone: e.target.value })} />}
          </Field>
        </fieldset>
      )}
    </>
  );
}
