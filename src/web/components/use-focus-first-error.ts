import { useEffect, type RefObject } from 'react';

/**
 * After a failed submit, moves focus to the first field marked invalid, or else to the
 * form's alert. `attempt` changes on every submit so repeated failures refocus.
 */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [formRef, attempt]);
}
