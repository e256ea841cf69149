/**
 * The skill practices a facilitator can pick. Their titles and steps are in the app's
 * catalog (i18n live area: `live.practices.<id>`), so everyone reads them in their language.
 */
export const PRACTICE_IDS = ['urge_surfing', 'box_breathing', 'high_risk_plan', 'grounding_54321', 'halt_check'] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];
