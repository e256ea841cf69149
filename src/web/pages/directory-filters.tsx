import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../shared/recurrence.js';
import { MEETING_FORMATS } from '../api/meetings.js';
import { Field } from '../components/field.js';
import type { DirectoryFilter } from '../lib/directory-filter.js';
import { languageName } from '../lib/languages.js';
import { weekdayNames } from '../lib/weekdays.js';

export function DirectoryFilters({ filter, languages, onChange }: { filter: DirectoryFilter; languages: string[]; onChange: (f: DirectoryFilter) => void }) {
  const { t, i18n } = useTranslation();
  const days = weekdayNames(i18n.language);
  const set = (patch: Partial<DirectoryFilter>) => onChange({ ...filter, ...patch });
  return (
    <form className="filters card card--soft" role="search" aria-label={t('directory.filters')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('directory.day')}>
        {(a11y) => (
          <select {...a11y} value={filter.day} onChange={(e) => set({ day: e.target.value })}>
            <option value="">{t('directory.anyDay')}</option>
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {days[d].long}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('meetings.form.format')}>
        {(a11y) => (
          <select {...a11y} value={filter.format} onChange={(e) => set({ format: e.target.value })}>
            <option value="">{t('directory.anyFormat')}</option>
            {MEETING_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`meetings.format.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fields.language')}>
        {(a11y) => (
          <select {...a11y} value={filter.language} onChange={(e) => set({ language: e.target.value })}>
            <option value="">{t('directory.anyLanguage')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, i18n.language)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </form>
  );
}
