// Forms validated by the core's own zod schemas, and refused saves mapped back onto them.
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import type { RopaError } from '../api';
import { bannerError, fieldErrorsOf } from './fieldErrors';

export function useSchemaForm<T extends object>(schema: z.ZodType, initial: T): UseFormReturnType<T> {
  return useForm<T>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
  });
}

/** Field issues go next to their fields; whatever has no field is returned for the banner. */
export function showRefusal<T>(form: UseFormReturnType<T>, error: RopaError, prefix = 'fields.'): RopaError | null {
  const fields = fieldErrorsOf(error, prefix);
  form.setErrors(fields);
  return bannerError(error, fields);
}
