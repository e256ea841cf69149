import type { TFunction } from 'i18next';
import { errorsFromApi } from '../../../lib/form-errors.js';
import type { DraftErrors } from './meeting-draft.js';

const API_FIELDS = ['title', 'recurrence', 'startTime', 'durationMinutes', 'format', 'location', 'conferenceUrl', 'conferencePhone', 'language', 'types', 'agenda'];

/**
 * The API's field problems placed next to the form's controls. The API names its fields
 * ("location", "recurrence"); the form shows them as the address and the days.
 */
export function meetingApiErrors(error: unknown, t: TFunction): { errors: DraftErrors; message: string } {
  const result = errorsFromApi(error, t, API_FIELDS);
  const { location, recurrence, ...rest } = result.fields;
  return { errors: { ...rest, address: location, days: recurrence } as DraftErrors, message: result.form ?? t('errors.invalid') };
}
