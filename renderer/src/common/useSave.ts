import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { settle, type Outcome, type RopaError } from '../api';
import { showRefusal } from './schemaForm';

/**
 * Validates the form with its schema, sends it, and on refusal shows field issues beside their
 * fields and anything else as one banner line. `onSaved` gets the saved record.
 */
export function useSave<T, R>(
  form: UseFormReturnType<T>,
  send: (values: T) => Promise<Outcome<R>>,
  onSaved: (saved: R) => void,
  prefix = '',
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RopaError | null>(null);
  const save = async () => {
    if (form.validate().hasErrors) return;
    setBusy(true);
    const outcome = await settle(send(form.getValues()));
    setBusy(false);
    if (!outcome.ok) return setError(showRefusal(form, outcome.error, prefix));
    setError(null);
    onSaved(outcome.value);
  };
  return { save, busy, error, setError };
}
