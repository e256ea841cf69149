import { LOCALES, type Locale } from '../../shared/locales.js';
import type { ControlProps } from './field.js';

/** Each language is named in itself, so people can find theirs whatever is showing. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export function LanguageSelect({ value, onChange, ...control }: ControlProps & { value: Locale; onChange: (l: Locale) => void }) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value as Locale)}>
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {NATIVE_NAMES[locale]}
        </option>
      ))}
    </select>
  );
}
