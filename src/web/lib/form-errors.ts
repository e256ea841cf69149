import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client.js';

/** Translated message per form field ("username" → "Use at least 3 characters."). */
export type FieldErrors = Partial<Record<string, string>>;

/** Turns zod issues from the shared schemas into translated, per-field messages. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !errors[field]) errors[field] = issueMessage(issue, field, t);
  }
  return errors;
}

function issueMessage(issue: z.core.$ZodIssue, field: string, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (field === 'username') return t('validation.username');
      return t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** The message for any failure: a translation of the API code, else the server's own words. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`, { defaultValue: error.message });
  return t('errors.unknown');
}

const FIELD_CODES = new Set(['username_taken', 'weak_password', 'wrong_password', 'invalid']);

/**
 * Splits an API failure into messages next to fields (details name fields like
 * "body.username") and one message for the whole form.
 */
export function errorsFromApi(
  error: unknown,
  t: TFunction,
  fields: readonly string[],
): { fields: FieldErrors; form: string | null } {
  const result: FieldErrors = {};
  if (error instanceof ApiError && FIELD_CODES.has(error.code) && error.details) {
    for (const problem of error.details) {
      const field = problem.field.replace(/^body\./, '').split('.')[0] ?? '';
      if (!fields.includes(field) || result[field]) continue;
      result[field] = error.code === 'invalid' ? t('validation.invalid') : errorMessage(error, t);
    }
    if (Object.keys(result).length > 0) return { fields: result, form: null };
  }
  return { fields: result, form: errorMessage(error, t) };
}
