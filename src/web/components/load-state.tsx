import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';
import { errorMessage } from '../lib/form-errors.js';

/** "Loading…", or what went wrong with a way to try again. */
export function LoadState({ error, onRetry }: { error: ApiError | null; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorMessage(error, t)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
