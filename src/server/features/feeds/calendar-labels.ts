import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.js';

/** The few words a calendar feed adds itself, in the feed owner's language. */
export interface CalendarLabels {
  myMeetings: string;
  joinOnline: string;
  joinByPhone: string;
}

const LABELS: Record<Locale, CalendarLabels> = {
  en: { myMeetings: 'My meetings', joinOnline: 'Join online', joinByPhone: 'Join by phone' },
  es: { myMeetings: 'Mis reuniones', joinOnline: 'Unirse en línea', joinByPhone: 'Unirse por teléfono' },
};

export function calendarLabels(locale: string): CalendarLabels {
  return LABELS[locale as Locale] ?? LABELS[DEFAULT_LOCALE];
}
