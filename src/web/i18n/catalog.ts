// Every translation, per language. The strings live in one file per area so that work on
// one area never edits another's; the areas share one namespace, each under its own top-level keys.
import en from './en.json';
import es from './es.json';
import recoveryEn from './recovery/en.json';
import recoveryEs from './recovery/es.json';
import progressEn from './progress/en.json';
import progressEs from './progress/es.json';

export const AREAS = {
  en: [en, recoveryEn, progressEn],
  es: [es, recoveryEs, progressEs],
} as const;

export const catalog = {
  en: { ...en, ...recoveryEn, ...progressEn },
  es: { ...es, ...recoveryEs, ...progressEs },
};
