import type { Account, ProfilePatch, SessionInfo, SignupInput } from '../../shared/account.js';
import { apiRequest } from './client.js';

export const signup = (input: SignupInput) => apiRequest<Account>('POST', '/api/auth/signup', input);
export const login = (username: string, password: string) =>
  apiRequest<Account>('POST', '/api/auth/login', { username, password });
export const logout = () => apiRequest<void>('POST', '/api/auth/logout');
export const fetchMe = () => apiRequest<Account>('GET', '/api/me');
export const updateMe = (patch: ProfilePatch) => apiRequest<Account>('PATCH', '/api/me', patch);
export const changePassword = (currentPassword: string, newPassword: string) =>
  apiRequest<void>('POST', '/api/me/password', { currentPassword, newPassword });
export const deleteMe = (password: string) => apiRequest<void>('DELETE', '/api/me', { password });
export const listSessions = () =>
  apiRequest<{ sessions: SessionInfo[] }>('GET', '/api/me/sessions').then((r) => r.sessions);
export const revokeSession = (id: string) => apiRequest<void>('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`);
