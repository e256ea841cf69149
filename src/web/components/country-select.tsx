import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../lib/countries.js';
import type { ControlProps } from './field.js';

interface CountrySelectProps extends ControlProps {
  value: string;
  onChange: (code: string) => void;
  /** What the "not set" choice says; "Not set" unless the context wants other words. */
  emptyLabel?: string;
}

/** Countries named in the interface language; '' means "not set". */
export function CountrySelect({ value, onChange, emptyLabel, ...control }: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyLabel ?? t('fields.countryNone')}</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
