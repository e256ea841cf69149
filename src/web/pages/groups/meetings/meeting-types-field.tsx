import { getTypesForLanguage, isSupportedLanguage } from '@code4recovery/spec';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.js';

/**
 * Chosen elsewhere in the form, so not offered here: open/closed ("Who can come") and the
 * spec's language types (the feed derives them from the meeting's language).
 */
const CHOSEN_ELSEWHERE = new Set(['O', 'C']);
const LANGUAGE_TYPES = new Set([
  'AF', 'AM', 'AR', 'BG', 'DA', 'DE', 'EL', 'EN', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'IS', 'ITA', 'JA', 'KA', 'KOR', 'LT',
  'ML', 'MT', 'NE', 'NL', 'NO', 'POL', 'POR', 'PUN', 'RUS', 'S', 'SK', 'SL', 'SV', 'TH', 'TL', 'TUR', 'UK',
]);

/** Meeting Guide type codes (from @code4recovery/spec) with their names in the member's language. */
function typeChoices(locale: string): Array<{ value: string; label: string }> {
  const language = locale.split('-')[0] ?? 'en';
  const names: Record<string, string> = getTypesForLanguage(isSupportedLanguage(language) ? language : 'en');
  return Object.entries(names)
    .filter(([code]) => !CHOSEN_ELSEWHERE.has(code) && !LANGUAGE_TYPES.has(code))
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Tucked into a disclosure: most groups need none, and the list is long. */
export function MeetingTypesField({ types, onChange }: { types: string[]; onChange: (types: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const choices = useMemo(() => typeChoices(i18n.language), [i18n.language]);
  const known = new Set(choices.map((c) => c.value));
  // Codes not offered here (a language type set through the API) are kept as they are.
  const kept = types.filter((code) => !known.has(code));
  // Open at first when something is chosen; afterwards it is the member's to open and close.
  const [initiallyOpen] = useState(() => types.some((code) => known.has(code)));
  return (
    <details className="disclosure" open={initiallyOpen || undefined}>
      <summary className="disclosure__summary">{t('meetings.types.summary', { count: types.filter((c) => known.has(c)).length })}</summary>
      <ChoiceGroup
        legend={t('meetings.types.legend')}
        hint={t('meetings.types.hint')}
        type="checkbox"
        compact
        choices={choices}
        selected={types.filter((code) => known.has(code))}
        onChange={(picked) => onChange([...kept, ...picked])}
      />
    </details>
  );
}
