// The name this user's changes are recorded under, kept with the user's preferences (AuthorModal
// asks for it; the app hands a kept name to the host on start).
import { ropa, settle } from '../api';
import { preferences } from '../preferences';

export const AUTHOR_PREFERENCE = 'author';

/** Tells the host the name, and keeps it for the next start. */
export async function chooseAuthor(name: string) {
  const outcome = await settle(ropa().setAuthor({ name }));
  if (outcome.ok) preferences().set(AUTHOR_PREFERENCE, outcome.value.author);
  return outcome;
}
