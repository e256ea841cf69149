import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../lib/form-errors.js';
import { useFocusFirstError } from './use-focus-first-error.js';

/** A message about the whole form: an API failure, or news that the save worked. */
export interface FormMessage {
  tone: 'error' | 'success';
  text: string;
}

interface SchemaFormOptions<V, S extends z.ZodType> {
  initialValues: V | (() => V);
  /** The shared schema the API validates with, so the browser says the same thing first. */
  schema: S;
  /** Fields the form shows; API errors naming any other field become the form's message. */
  apiFields: readonly string[];
  /** Login and signup move on to another page once they succeed, so they stay busy until then. */
  staysBusyOnSuccess?: boolean;
}

/**
 * One form's state and its submit: check the input against the schema, call the API,
 * and show what went wrong next to the fields (focusing the first) or above the form.
 */
export function useSchemaForm<V extends object, S extends z.ZodType>(options: SchemaFormOptions<V, S>) {
  const { schema, apiFields, staysBusyOnSuccess = false } = options;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(options.initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);

  const set = (patch: Partial<V>) => setValues((current) => ({ ...current, ...patch }));

  /** `onValid` gets the parsed input and may return a success message to show. */
  async function submit(input: unknown, onValid: (data: z.output<S>) => Promise<string | void>): Promise<void> {
    setMessage(null);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const success = await onValid(parsed.data);
      if (success) setMessage({ tone: 'success', text: success });
      if (!staysBusyOnSuccess) setBusy(false);
    } catch (error) {
      const result = errorsFromApi(error, t, apiFields);
      setErrors(result.fields);
      if (result.form) setMessage({ tone: 'error', text: result.form });
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  }

  return { formRef, values, setValues, set, errors, message, busy, submit };
}
