import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../shared/time-zone.js';

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** Every zone the browser knows; the current one is always included. */
export function timeZoneOptions(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [DEFAULT_TIME_ZONE];
  const all = new Set(zones);
  all.add(current);
  all.add(DEFAULT_TIME_ZONE);
  return [...all].sort();
}
