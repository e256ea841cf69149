import { useMemo } from 'react';
import { timeZoneOptions } from '../lib/time-zones.js';
import type { ControlProps } from './field.js';

/** IANA zones, shown as "America/New_York" with underscores as spaces. */
export function TimeZoneSelect({ value, onChange, ...control }: ControlProps & { value: string; onChange: (zone: string) => void }) {
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </select>
  );
}
