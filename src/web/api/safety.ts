import type { PlanVersion, SafetyPlan, SafetyPlanContent } from '../../shared/safety-plan.js';
import type { ActiveSos, SosAlert, SosCreated, SosPerson, SosResponse } from '../../shared/sos.js';
import { apiRequest } from './client.js';

export type { ActiveSos, PlanVersion, SafetyPlan, SafetyPlanContent, SosAlert, SosCreated, SosPerson, SosResponse };

/** Set by the service worker on an answer it served from its cache because the network was down. */
export const OFFLINE_HEADER = 'x-kindred-offline';

export interface LoadedPlan {
  plan: SafetyPlan;
  /** True when this is the copy kept on the device, not a fresh answer. */
  offline: boolean;
}

/** The plan, telling apart a fresh answer from the copy the service worker kept for offline use. */
export async function fetchPlan(): Promise<LoadedPlan> {
  const response = await fetch('/api/safety-plan', { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => null);
  if (response?.ok) return { plan: (await response.json()) as SafetyPlan, offline: response.headers.get(OFFLINE_HEADER) === '1' };
  // Anything else gets the ordinary client's errors (and its sign-out on a 401).
  return { plan: await apiRequest<SafetyPlan>('GET', '/api/safety-plan'), offline: false };
}

export const savePlan = (plan: SafetyPlanContent) => apiRequest<SafetyPlan>('PUT', '/api/safety-plan', plan);
export const listPlanVersions = () => apiRequest<PlanVersion[]>('GET', '/api/safety-plan/versions');
export const getPlanVersion = (n: number) => apiRequest<SafetyPlan>('GET', `/api/safety-plan/versions/${n}`);

export const sosRecipients = () => apiRequest<SosPerson[]>('GET', '/api/sos/recipients');
export const sendSos = (message?: string) => apiRequest<SosCreated>('POST', '/api/sos', message ? { message } : {});
export const getSos = (id: string) => apiRequest<SosAlert>('GET', `/api/sos/${encodeURIComponent(id)}`);
export const respondToSos = (id: string, response: SosResponse) => apiRequest<SosAlert>('POST', `/api/sos/${encodeURIComponent(id)}/responses`, { response });
export const resolveSos = (id: string) => apiRequest<SosAlert>('POST', `/api/sos/${encodeURIComponent(id)}/resolve`);
export const activeSos = () => apiRequest<ActiveSos[]>('GET', '/api/sos/active');
