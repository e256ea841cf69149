import type { Reminder, ReminderInput, ReminderPatch } from '../../shared/reminders.js';
import { apiRequest } from './client.js';

export type { Reminder, ReminderInput, ReminderPatch };

export const listReminders = async () => (await apiRequest<{ reminders: Reminder[] }>('GET', '/api/reminders')).reminders;
export const createReminder = (input: ReminderInput) => apiRequest<Reminder>('POST', '/api/reminders', input);
export const updateReminder = (id: string, patch: ReminderPatch) => apiRequest<Reminder>('PATCH', `/api/reminders/${encodeURIComponent(id)}`, patch);
export const deleteReminder = (id: string) => apiRequest<void>('DELETE', `/api/reminders/${encodeURIComponent(id)}`);
