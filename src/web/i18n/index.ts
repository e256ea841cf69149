import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../shared/locales.js';
import { browserLanguages } from '../lib/countries.js';
import { readSetting, writeSetting } from '../lib/storage.js';
import { catalog } from './catalog.js';

export const resources = { en: { translation: catalog.en }, es: { translation: catalog.es } } as const;

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l === value);
}

/** Signed out: the language chosen earlier on this device, else the browser's languages. */
export function initialLocale(): Locale {
  const saved = readSetting('locale');
  return isLocale(saved) ? saved : pickLocale(browserLanguages());
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

/** Switches the interface language now; `remember` keeps it for signed-out visits. */
export async function setLocale(locale: Locale, remember = true): Promise<void> {
  if (remember) writeSetting('locale', locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;

document.documentElement.lang = currentLocale();
