/** A message about the whole form; focusable so it can be announced and reached after submit. */
export function FormAlert({ message, tone = 'error' }: { message: string | null; tone?: 'error' | 'success' }) {
  if (!message) return null;
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={-1} data-form-alert>
      {message}
    </div>
  );
}
