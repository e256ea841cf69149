/**
 * Crisis lines shipped with the app, so they work signed out and (later) offline.
 * Names are the services' own names and stay untranslated; descriptions are i18n keys
 * under `crisis.lines.<id>`. Every country also gets the international directory.
 */
export interface CrisisLine {
  id: string;
  name: string;
  /** i18n key of a one-line description. */
  descriptionKey: string;
  /** Number to dial, as written locally (also used to build the tel: link). */
  phone?: string;
  /** Number to text, and an optional keyword to start the conversation. */
  sms?: { number: string; body?: string };
  url: string;
  hours: '24/7';
}

const INTERNATIONAL: CrisisLine = {
  id: 'findahelpline',
  name: 'Find A Helpline',
  descriptionKey: 'crisis.lines.findahelpline',
  url: 'https://findahelpline.com',
  hours: '24/7',
};

const SAMARITANS = (url: string): CrisisLine => ({
  id: 'samaritans',
  name: 'Samaritans',
  descriptionKey: 'crisis.lines.samaritans',
  phone: '116 123',
  url,
  hours: '24/7',
});

const BY_COUNTRY: Readonly<Record<string, readonly CrisisLine[]>> = {
  US: [
    {
      id: 'us988',
      name: '988 Suicide & Crisis Lifeline',
      descriptionKey: 'crisis.lines.us988',
      phone: '988',
      sms: { number: '988' },
      url: 'https://988lifeline.org',
      hours: '24/7',
    },
    {
      id: 'samhsa',
      name: 'SAMHSA National Helpline',
      descriptionKey: 'crisis.lines.samhsa',
      phone: '1-800-662-4357',
      url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
      hours: '24/7',
    },
  ],
  CA: [
    {
      id: 'ca988',
      name: '988 Suicide Crisis Helpline',
      descriptionKey: 'crisis.lines.ca988',
      phone: '988',
      sms: { number: '988' },
      url: 'https://988.ca',
      hours: '24/7',
    },
  ],
  GB: [
    SAMARITANS('https://www.samaritans.org'),
    {
      id: 'shout',
      name: 'Shout',
      descriptionKey: 'crisis.lines.shout',
      sms: { number: '85258', body: 'SHOUT' },
      url: 'https://giveusashout.org',
      hours: '24/7',
    },
  ],
  IE: [SAMARITANS('https://www.samaritans.org/ireland/')],
  FR: [
    {
      id: 'fr3114',
      name: '3114',
      descriptionKey: 'crisis.lines.fr3114',
      phone: '3114',
      url: 'https://3114.fr',
      hours: '24/7',
    },
  ],
  AU: [
    {
      id: 'lifeline',
      name: 'Lifeline',
      descriptionKey: 'crisis.lines.lifeline',
      phone: '13 11 14',
      url: 'https://www.lifeline.org.au',
      hours: '24/7',
    },
  ],
  ES: [
    {
      id: 'es024',
      name: '024',
      descriptionKey: 'crisis.lines.es024',
      phone: '024',
      url: 'https://www.sanidad.gob.es/linea024/',
      hours: '24/7',
    },
  ],
  MX: [
    {
      id: 'lineadelavida',
      name: 'Línea de la Vida',
      descriptionKey: 'crisis.lines.lineadelavida',
      phone: '800 911 2000',
      url: 'https://www.gob.mx/salud/conadic',
      hours: '24/7',
    },
  ],
};

/** Countries with lines of their own (the rest get the international directory only). */
export const COUNTRIES_WITH_LINES = Object.keys(BY_COUNTRY);

/** The lines to show for an ISO 3166-1 alpha-2 country; the directory is always last. */
export function crisisLinesFor(country: string | null): CrisisLine[] {
  const local = country ? (BY_COUNTRY[country.toUpperCase()] ?? []) : [];
  return [...local, INTERNATIONAL];
}

/** `tel:` link for a number as written locally ("1-800-662-4357" → "tel:18006624357"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** `sms:` link, with the starting keyword as body when the service asks for one. */
export function smsHref(sms: { number: string; body?: string }): string {
  const number = sms.number.replace(/[^\d+]/g, '');
  return sms.body ? `sms:${number}?&body=${encodeURIComponent(sms.body)}` : `sms:${number}`;
}
