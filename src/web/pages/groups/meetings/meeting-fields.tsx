import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import { NTHS, WEEKDAYS, type Weekday } from '../../../../shared/recurrence.js';
import { MEETING_FORMATS, type MeetingFormat } from '../../../api/meetings.js';
import { ChoiceGroup } from '../../../components/choice-group.js';
import { Field } from '../../../components/field.js';
import { languageName } from '../../../lib/languages.js';
import { weekdayNames } from '../../../lib/weekdays.js';
import type { DraftErrors, MeetingDraft } from './meeting-draft.js';
import { WhereFields } from './where-fields.js';

const DURATIONS = [30, 45, 60, 75, 90, 120];
const INTERVALS = [1, 2, 3, 4];

/** A saved value outside the usual choices stays choosable rather than silently changing. */
const withCurrent = <T,>(options: readonly T[], current: T) => (options.includes(current) ? [...options] : [...options, current]);

interface Props {
  group: Group;
  draft: MeetingDraft;
  errors: DraftErrors;
  set: (patch: Partial<MeetingDraft>) => void;
}

/** What a meeting series is: name, schedule, length, format and place, who may come, language. */
export function MeetingFields({ group, draft, errors, set }: Props) {
  const { t, i18n } = useTranslation();
  const days = weekdayNames(i18n.language);
  const unit = draft.freq === 'weekly' ? 'everyWeeks' : 'everyMonths';
  const languages = draft.language ? withCurrent(group.languages, draft.language) : group.languages;
  return (
    <>
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
      <Field label={t('meetings.form.interval')}>
        {(a11y) => (
          <select {...a11y} value={draft.interval} onChange={(e) => set({ interval: e.target.value })}>
            {withCurrent(INTERVALS, Number(draft.interval)).map((n) => (
              <option key={n} value={n}>
                {t(`meetings.form.${unit}`, { count: n })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__pair">
        <Field label={t('meetings.form.startTime')} error={errors.startTime}>
          {(a11y) => <input {...a11y} type="time" value={draft.startTime} onChange={(e) => set({ startTime: e.target.value })} />}
        </Field>
        <Field label={t('meetings.form.duration')}>
          {(a11y) => (
            <select {...a11y} value={draft.durationMinutes} onChange={(e) => set({ durationMinutes: e.target.value })}>
              {withCurrent(DURATIONS, Number(draft.durationMinutes)).map((m) => (
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
      {languages.length > 0 && (
        <Field label={t('meetings.form.language')}>
          {(a11y) => (
            <select {...a11y} value={draft.language} onChange={(e) => set({ language: e.target.value })}>
              {!draft.language && <option value="">{t('meetings.form.noLanguage')}</option>}
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </>
  );
}
