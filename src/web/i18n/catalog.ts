// Every translation, per language. The strings live in one file per area so that work on
// one area never edits another's; the areas share one namespace, each under its own top-level keys.
import en from './en.json';
import es from './es.json';
import recoveryEn from './recovery/en.json';
import recoveryEs from './recovery/es.json';
import progressEn from './progress/en.json';
import progressEs from './progress/es.json';
import sharingEn from './sharing/en.json';
import sharingEs from './sharing/es.json';
import notificationsEn from './notifications/en.json';
import notificationsEs from './notifications/es.json';
import partnersEn from './partners/en.json';
import partnersEs from './partners/es.json';
import safetyEn from './safety/en.json';
import safetyEs from './safety/es.json';
import remindersEn from './reminders/en.json';
import remindersEs from './reminders/es.json';
import liveEn from './live/en.json';
import liveEs from './live/es.json';

export const AREAS = {
  en: [en, recoveryEn, progressEn, sharingEn, notificationsEn, partnersEn, safetyEn, remindersEn, liveEn],
  es: [es, recoveryEs, progressEs, sharingEs, notificationsEs, partnersEs, safetyEs, remindersEs, liveEs],
} as const;

export const catalog = {
  en: { ...en, ...recoveryEn, ...progressEn, ...sharingEn, ...notificationsEn, ...partnersEn, ...safetyEn, ...remindersEn, ...liveEn },
  es: { ...es, ...recoveryEs, ...progressEs, ...sharingEs, ...notificationsEs, ...partnersEs, ...safetyEs, ...remindersEs, ...liveEs },
};
