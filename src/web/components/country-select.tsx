import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../lib/countries.js';

interface CountrySelectProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  emptyLabel: string;
  describedBy?: string;
}

/** Countries named in the interface language; '' means "not set". */
export function CountrySelect({ id, value, onChange, emptyLabel, describedBy }: CountrySelectProps) {
  const { i18n } = useTranslation();
  const options = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
      <option value="">{emptyLabel}</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
