import type { CreateGrantInput, Grant, GrantList, Person, Scope, SharedView } from '../../shared/sharing.js';
import { apiRequest } from './client.js';

export type { Grant, GrantList, Person, Scope, SharedView };

export const listGrants = () => apiRequest<GrantList>('GET', '/api/grants');
export const createGrant = (input: CreateGrantInput) => apiRequest<Grant>('POST', '/api/grants', input);
export const stopGrant = (id: string) => apiRequest<void>('DELETE', `/api/grants/${encodeURIComponent(id)}`);
export const listPeople = () => apiRequest<{ people: Person[] }>('GET', '/api/people').then((r) => r.people);
export const sharedWithMe = (accountId: string) => apiRequest<SharedView>('GET', `/api/members/${encodeURIComponent(accountId)}/shared`);

/** i18n keys cannot hold the scope's dot, so each scope has a key of its own. */
export const scopeKey = (scope: string) => scope.replace('.', '_');
