// Turning the core's validation issues (dotted paths, possibly under `fields.`) into the per-field
// errors Mantine forms show next to each input.
import type { RopaError } from '../api';

export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: RopaError, prefix = 'fields.'): FieldErrors {
  if (error.kind !== 'validation') return {};
  return Object.fromEntries(
    error.issues
      .filter((i) => i.path !== '')
      .map((i) => [i.path.startsWith(prefix) ? i.path.slice(prefix.length) : i.path, i.message]),
  );
}

/** A validation error whose every issue sits next to a field needs no extra banner. */
export function bannerError(error: RopaError | null, shownFields: FieldErrors): RopaError | null {
  if (!error) return null;
  if (error.kind === 'validation' && error.issues.length > 0 && Object.keys(shownFields).length === error.issues.length)
    return null;
  return error;
}
