import { emptyPlan, type PlanContact, type SafetyPlan, type SafetyPlanContent } from '../../../shared/safety-plan.js';
import type { StoredPlan } from './safety-plan.repository.js';

/** The member's plan as the API answers it: version 0 and an empty plan when none was made. */
export function presentPlan(stored: StoredPlan | null): SafetyPlan {
  if (!stored) return { version: 0, updatedAt: null, plan: emptyPlan() };
  return { version: stored.version, updatedAt: stored.createdAt, plan: stored.content };
}

/** Cleared fields are dropped, so "no phone" is stored one way and unchanged plans compare equal. */
function tidyContact(contact: PlanContact): PlanContact {
  return {
    name: contact.name,
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.note ? { note: contact.note } : {}),
  };
}

export function tidyPlan(plan: SafetyPlanContent): SafetyPlanContent {
  return {
    warningSigns: plan.warningSigns,
    copingStrategies: plan.copingStrategies,
    distractions: plan.distractions,
    helpContacts: plan.helpContacts.map(tidyContact),
    professionals: plan.professionals.map(tidyContact),
    saferSurroundings: plan.saferSurroundings,
    reasons: plan.reasons,
  };
}
