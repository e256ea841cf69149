import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../lib/form-errors.js';

/** A live session's rule codes (stale, not_your_turn, session_ended…) in calm words; anything else as usual. */
export function liveErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return t(`live.errors.${error.code}`, { defaultValue: errorMessage(error, t) });
  return errorMessage(error, t);
}
